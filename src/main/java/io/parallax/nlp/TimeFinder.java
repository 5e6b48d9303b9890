package io.parallax.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class TimeFinder {
  List<TimeExpression> find(TaggedText t, Optional<LocalDate> published) {
    return List.of();
  }
}
