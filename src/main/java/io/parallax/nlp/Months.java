package io.parallax.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * The English month names and their abbreviations, one table for every reader of dates in this package
 * ({@link TimeFinder}, {@link QuantityReader}). Each reader keeps its own
 * pattern of where a month may stand; this says which month a word names.
 */
final class Months {
  private Months() {}

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /**
   * The month (1-12) a word names, in any case: a full name ("March") or an abbreviation without its
   * dot ("Sept"); 0 for any other word.
   */
  static int number(String word) {
    return NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** The full name of month {@code number} (1-12) in lower case ("february"). */
  static String name(int number) {
    return java.time.Month.of(number).name().toLowerCase(Locale.ROOT);
  }
}
