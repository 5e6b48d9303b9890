package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.List;

/** Splits a region of a text into word and punctuation tokens, as spans into that same text. */
@FunctionalInterface
public interface Tokenizer {

  List<Span> tokenize(String text, Span region);

  default List<Span> tokenize(String text) {
    return tokenize(text, new Span(0, text.length()));
  }
}
