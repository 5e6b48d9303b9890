package io.parallax.nlp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hedge on a stated quantity, with the phrases that state it: the one hedge lexicon of the quantity
 * reader ({@link QuantityReader}).
 */
public enum Qualifier {
  /** "34,500 people" */
  EXACT,
  /** "roughly 1.5 million", "about", "nearly", "almost", "some", "an estimated" */
  APPROXIMATELY("roughly", "about", "around", "approximately", "nearly", "almost", "some", "an estimated",
      "estimated", "close to", "just over", "just under", "more or less", "circa"),
  /** "at least 1,200", "no fewer than" */
  AT_LEAST("at least", "no fewer than", "no less than"),
  /** "more than a million", "over 30,000", "in excess of" */
  MORE_THAN("more than", "over", "upwards of", "in excess of"),
  /** "fewer than 100", "less than", "under" */
  LESS_THAN("fewer than", "less than", "under"),
  /** "at most", "up to", "as many as" */
  AT_MOST("at most", "up to", "no more than", "as many as"),
  /** "between 20 and 30", "20 to 30", "20-30": value is the low end, upTo the high end */
  RANGE("between"),
  /** "millions", "hundreds of thousands": value is the order of magnitude named */
  UNSPECIFIED_MANY;

  private final List<String> phrases;

  Qualifier(String... phrases) {
    this.phrases = List.of(phrases);
  }

  /** The hedge phrases, as a regular-expression alternation, longer phrases first. */
  static final String PHRASES = Arrays.stream(values()).flatMap(q -> q.phrases.stream())
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(p -> p.replace(" ", "\\s+"))
      .collect(Collectors.joining("|"));

  /** The qualifier a lower-case hedge phrase states ("more than": MORE_THAN), or empty for another phrase. */
  static Optional<Qualifier> of(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Qualifier q : values()) if (q.phrases.contains(p)) return Optional.of(q);
    return Optional.empty();
  }

  /** As the comparison writes it: "" for EXACT, else the name in lower case with spaces ("more than"). */
  String label() {
    return this == EXACT ? "" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The least value a quantity of {@code value} with this hedge allows: approximately 10% less, the
   * value itself for a bound from below, 0 for a bound from above, twice the order of magnitude named
   * for an unspecified multitude.
   */
  double low(double value) {
    return switch (this) {
      case APPROXIMATELY -> value * 0.9;
      case LESS_THAN, AT_MOST -> 0;
      case UNSPECIFIED_MANY -> 2 * value;
      default -> value;
    };
  }

  /** The greatest value it allows; empty when open-ended ("more than", "at least"). */
  Optional<Double> high(double value, Optional<Double> upTo) {
    return switch (this) {
      case APPROXIMATELY -> Optional.of(value * 1.1);
      case AT_LEAST, MORE_THAN -> Optional.empty();
      case RANGE -> Optional.of(upTo.orElse(value));
      case UNSPECIFIED_MANY -> Optional.of(1000 * value);
      default -> Optional.of(value);
    };
  }
}
