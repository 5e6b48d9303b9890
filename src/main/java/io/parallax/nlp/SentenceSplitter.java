package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.List;

/** Splits a region of a text into sentences, as spans into that same text. */
@FunctionalInterface
public interface SentenceSplitter {

  /** The sentences inside {@code region} of {@code text}, in order, trimmed of surrounding space. */
  List<Span> split(String text, Span region);

  default List<Span> split(String text) {
    return split(text, new Span(0, text.length()));
  }
}
