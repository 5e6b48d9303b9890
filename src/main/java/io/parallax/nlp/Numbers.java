package io.parallax.nlp;

import java.util.Locale;
import java.util.Map;

/** Reads numbers written in digits or words ("34,500", "1.5 million", "seven", "a million"). */
final class Numbers {
  private Numbers() {}

  static final String WORD_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
      + "|sixty|seventy|eighty|ninety|a dozen|dozen|a hundred|a thousand|a million|a billion";

  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("a", 1.0), Map.entry("an", 1.0), Map.entry("one", 1.0), Map.entry("two", 2.0),
      Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
      Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
      Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0),
      Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
      Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0),
      Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
      Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0),
      Map.entry("eighty", 80.0), Map.entry("ninety", 90.0), Map.entry("dozen", 12.0),
      Map.entry("a dozen", 12.0), Map.entry("a hundred", 100.0), Map.entry("a thousand", 1000.0),
      Map.entry("a million", 1e6), Map.entry("a billion", 1e9));

  static double scale(String s) {
    if (s == null) return 1;
    return switch (s.toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
      case "hundred" -> 100;
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1;
    };
  }

  /** The value of a number written in digits or as a word, or NaN. */
  static double parse(String s) {
    String w = s.toLowerCase(Locale.ROOT).strip();
    Double v = WORDS.get(w);
    if (v != null) return v;
    try {
      return Double.parseDouble(w.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
