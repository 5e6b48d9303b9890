package io.parallax.nlp;

import java.util.List;

final class QuantityFinder {
  List<Quantity> find(TaggedText t) {
    return List.of();
  }
}
