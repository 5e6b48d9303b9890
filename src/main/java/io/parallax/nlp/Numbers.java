package io.parallax.nlp;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads numbers written in digits or words ("34,500", "1.5 million", "seven", "a million"), and holds the
 * one table of English number words that every reader of numbers in this package accepts: the quantity
 * reader ({@link QuantityReader}) and the time reader ({@link TimeFinder}). Each reader keeps its own
 * pattern of where a number may stand.
 */
final class Numbers {
  private Numbers() {}

  /**
   * The number words ("one" to "ninety") and their values. A scale word ("dozen", "hundred", "million")
   * is no number alone ("several hundred", "two dozen"): it counts after an article ("a dozen", read by
   * {@link #parse} and {@link #WORD_NUMBER}) or multiplies the number before it ({@link #scale}).
   */
  private static final Map<String, Integer> WORDS = words();

  /** The number words as a regular-expression alternation, longer words first ("seventeen|seventy|seven|..."). */
  static final String WORD = WORDS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .collect(Collectors.joining("|"));

  /** {@link #WORD}, or an article before a scale word ("a dozen", "a million"), as {@link #parse} reads them. */
  static final String WORD_NUMBER = WORD + "|a dozen|a hundred|a thousand|a million|a billion";

  private static Map<String, Integer> words() {
    Map<String, Integer> w = new LinkedHashMap<>();
    String[] ones = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < ones.length; i++) w.put(ones[i], i + 1);
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) w.put(tens[i], 20 + 10 * i);
    return Map.copyOf(w);
  }

  /** The number words of {@link #WORD}, in lower case. */
  static Set<String> wordSet() {
    return WORDS.keySet();
  }

  /**
   * The value of a lower-case number word, with the articles "a" and "an" as one ("a month"); NaN for
   * any other word.
   */
  static double word(String lower) {
    if (lower.equals("a") || lower.equals("an")) return 1;
    Integer v = WORDS.get(lower);
    return v == null ? Double.NaN : v;
  }

  /** The scale words and what they multiply by. */
  private static final Map<String, Double> SCALES = Map.of("dozen", 12.0, "hundred", 100.0, "thousand", 1e3,
      "million", 1e6, "billion", 1e9, "trillion", 1e12);

  /** The scale words as a regular-expression alternation. */
  static final String SCALE = "dozen|hundred|thousand|million|billion|trillion";

  /** What a lower-case scale word multiplies by ("million": 1e6), or NaN for any other word (also a plural). */
  static double scaleWord(String lower) {
    Double v = SCALES.get(lower);
    return v == null ? Double.NaN : v;
  }

  /** What a scale word, singular or plural, in any case, multiplies by; 1 for none or another word. */
  static double scale(String s) {
    if (s == null) return 1;
    double v = scaleWord(s.toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    return Double.isNaN(v) ? 1 : v;
  }

  /**
   * A number in words, with scale words after it or not: "seven", "a dozen", "one hundred", "One-hundred",
   * "two hundred thousand" ({@link #parse} reads it).
   */
  static final String SPELLED = "(?:" + WORD_NUMBER + ")(?:[\\s-]+(?:" + SCALE + "))*";

  private static final Pattern APART = Pattern.compile("[\\s-]+");

  /**
   * The value of a number written in digits ("34,500", "1.5"), or in words: a number word or an article,
   * times the scale words after it ("seven", "a million", "one hundred"); NaN for anything else.
   */
  static double parse(String s) {
    String w = s.toLowerCase(Locale.ROOT).strip();
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      try {
        return Double.parseDouble(w.replace(",", ""));
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    String[] parts = APART.split(w);
    double v = word(parts[0]);
    for (int i = 1; i < parts.length; i++) v *= scaleWord(parts[i]);
    return v;
  }
}
