package io.parallax.nlp;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reported quantity measures; written in reports as its label ("count"). */
public enum QuantityKind {
  /** a number of things or people */
  COUNT,
  /** a span of time, in days */
  DURATION,
  /** a calendar date */
  DATE;

  /** The label reports show: the name in lower case ("count"). */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
