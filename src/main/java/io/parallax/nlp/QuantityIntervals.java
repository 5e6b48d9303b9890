package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quantities by rule, over tokens: an optional qualifier ("roughly", "more than", "at least"), a
 * number (digits, {@link Numbers} words, "a", with a scale word: "1.5 million", "a million") or a vague
 * plural ("millions of", "thousands of"), then the counted noun or a time unit. Month-day dates
 * ("February 15", "Oct. 7") become dates. Intervals: a plain value spans its rounding ("1.5 million"
 * is 1.45-1.55 million); hedges widen it by 10%; "more than" opens it upwards; number words and "a"
 * ("a month") count as approximate. Quantities inside quotation marks are skipped: they are the
 * speaker's words, not the outlet's report.
 */
public final class QuantityIntervals {

  private static final Tokenizer TOKENIZER = new NewsTokenizer();
  /** Words that follow a number without being what it counts ("2.5 million last year"). */
  private static final Set<String> NOT_NOUNS = Set.of("last", "next", "ago", "earlier", "later",
      "previously", "before", "since", "this", "per", "percent", "times", "total", "overall");
  /** Vague plurals: least and greatest plausible value. */
  private static final Map<String, double[]> VAGUE = Map.of("dozens", new double[] {24, 200},
      "hundreds", new double[] {200, 2000}, "thousands", new double[] {2000, 1e6},
      "millions", new double[] {2e6, 1e9}, "billions", new double[] {2e9, 1e12});
  private static final Map<String, Double> TIME_UNITS = Map.ofEntries(
      Map.entry("minute", 1.0 / 1440), Map.entry("hour", 1.0 / 24), Map.entry("day", 1.0),
      Map.entry("week", 7.0), Map.entry("month", 30.44), Map.entry("year", 365.25),
      Map.entry("decade", 3652.5));
  private static final int[] MONTH_START = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335};
  private static final Set<String> UPPER = Set.of("more than", "over", "at least", "upwards of",
      "in excess of", "no fewer than", "no less than");
  private static final Set<String> LOWER = Set.of("fewer than", "less than", "under", "up to",
      "at most", "as many as", "no more than");
  private static final Set<String> APPROX = Set.of("roughly", "about", "around", "approximately",
      "some", "nearly", "almost", "an estimated", "estimated", "close to", "just over",
      "just under", "more or less", "circa");
  /** Nouns naming people, counted as one class so "1.5 million people" meets "a million civilians". */
  static final Set<String> PERSON_NOUNS = Set.of("people", "person", "civilian", "resident",
      "palestinian", "israeli", "refugee", "individual", "inhabitant", "citizen", "displaced",
      "migrant", "voter", "worker", "student", "patient", "passenger", "victim", "adult", "child",
      "american", "ukrainian", "russian", "syrian", "gazan", "protester", "demonstrator");

  private QuantityIntervals() {}

  /**
   * The quantities, durations and dates of {@code kept} (spans into {@code text}) outside quotations:
   * what the comparison reads of an article not annotated ({@link Mentions}).
   */
  static List<QuantityMention> find(String text, List<Span> kept) {
    List<Span> quotes = QuoteRegions.find(text, kept);
    List<QuantityMention> out = new ArrayList<>();
    for (Span region : kept) {
      List<Span> toks = TOKENIZER.tokenize(text, region);
      List<String> low = new ArrayList<>(toks.size());
      for (Span t : toks) low.add(t.textOf(text).toLowerCase(Locale.ROOT).replace('’', '\''));
      int i = 0;
      while (i < toks.size()) {
        int next = tryAt(text, toks, low, i, quotes, out);
        i = next > i ? next : i + 1;
      }
    }
    return List.copyOf(out);
  }

  /** The durations and dates of {@link #find}: the annotator's stage (its counts are {@link QuantityFinder}'s). */
  static List<QuantityMention> durationsAndDates(String text, List<Span> kept) {
    return find(text, kept).stream().filter(m -> m.kind() != QuantityKind.COUNT).toList();
  }

  private static boolean inQuote(List<Span> quotes, Span s) {
    for (Span q : quotes) if (q.overlaps(s)) return true;
    return false;
  }

  /** Tries to read a quantity starting at token i; returns the index after it, or i. */
  private static int tryAt(String text, List<Span> toks, List<String> low, int i, List<Span> quotes,
      List<QuantityMention> out) {
    // dates: Month Day
    Integer month = monthOf(low.get(i));
    if (month != null && i + 1 < toks.size()) {
      int j = i + 1;
      if (low.get(j).equals(".")) j++;
      if (j < toks.size() && DAY.matcher(low.get(j)).matches() && Character.isUpperCase(toks.get(i).textOf(text).charAt(0))) {
        int day = Integer.parseInt(low.get(j));
        if (day >= 1 && day <= 31) {
          Span s = new Span(toks.get(i).start(), toks.get(j).end());
          if (!inQuote(quotes, s)) {
            double doy = MONTH_START[month - 1] + day;
            out.add(new QuantityMention(s, QuantityKind.DATE, "", doy, Optional.of(doy), Months.name(month)));
          }
          return j + 1;
        }
      }
    }
    int start = i;
    String qualifier = "";
    for (int len = 3; len >= 1; len--) {
      if (i + len <= toks.size()) {
        String phrase = String.join(" ", low.subList(i, i + len));
        if (UPPER.contains(phrase) || LOWER.contains(phrase) || APPROX.contains(phrase)) {
          qualifier = phrase;
          i += len;
          break;
        }
      }
    }
    if (i >= toks.size()) return start;
    String w = low.get(i);
    double lo;
    double hi;
    boolean vague = false;
    int j = i;
    if (VAGUE.containsKey(w)) {
      double[] r = VAGUE.get(w);
      lo = r[0];
      hi = r[1];
      vague = true;
      j = i + 1;
      if (j < toks.size() && low.get(j).equals("of")) j++;
    } else {
      Double value = null;
      double half;
      boolean approx = false;
      if (NUMBER.matcher(w).matches()) {
        String digits = w.replace(",", "").replace("%", "");
        value = Double.parseDouble(digits);
        int dot = digits.indexOf('.');
        half = dot >= 0 ? 0.5 * Math.pow(10, -(digits.length() - dot - 1)) : 0.0;
        if (w.endsWith("%")) {
          j = i + 1;
          return emit(text, toks, start, j, QuantityKind.COUNT, qualifier, value - half, value + half, "percent",
              quotes, out);
        }
      } else if (!Double.isNaN(Numbers.word(w))) {
        value = Numbers.word(w);
        half = 0;
        approx = true;
      } else {
        return start;
      }
      j = i + 1;
      double scale = 1;
      if (j < toks.size() && !Double.isNaN(Numbers.scaleWord(low.get(j)))) {
        scale = Numbers.scaleWord(low.get(j));
        j++;
      } else if ((w.equals("a") || w.equals("an")) && !(j < toks.size() && TIME_UNITS.containsKey(Words.stem(low.get(j))))) {
        return start;
      }
      lo = (value - half) * scale;
      hi = (value + half) * scale;
      if (approx) {
        lo *= 0.85;
        hi *= 1.15;
      }
      if (j < toks.size() && low.get(j).equals("and") && j + 1 < toks.size()
          && VAGUE.containsKey(low.get(j + 1))) {
        return start;
      }
    }
    // the counted noun or time unit within the next three tokens
    String noun = null;
    int end = j;
    for (int k = j; k < Math.min(toks.size(), j + 3); k++) {
      String t = low.get(k);
      if (!Words.isWord(t) || Words.isStop(t) && !t.equals("people") || NOT_NOUNS.contains(t)) break;
      String st = Words.stem(t);
      if (TIME_UNITS.containsKey(st)) {
        if (vague) break;
        double f = TIME_UNITS.get(st);
        return emit(text, toks, start, k + 1, QuantityKind.DURATION, qualifier, lo * f, hi * f, "days", quotes, out);
      }
      noun = PERSON_NOUNS.contains(st) ? "people" : st;
      end = k + 1;
      if (!Character.isUpperCase(toks.get(k).textOf(text).charAt(0))) break;
    }
    if (noun == null && !vague && (j == i + 1) && !startsWithDigit(low.get(i))) return start;
    if (noun == null && !startsWithDigit(low.get(i)) && !vague) return start;
    return emit(text, toks, start, end, QuantityKind.COUNT, qualifier, lo, hi, noun == null ? "" : noun, quotes, out);
  }

  private static int emit(String text, List<Span> toks, int from, int to, QuantityKind kind, String qualifier,
      double lo, double hi, String noun, List<Span> quotes, List<QuantityMention> out) {
    Span s = new Span(toks.get(from).start(), toks.get(to - 1).end());
    if (inQuote(quotes, s)) return to;
    Optional<Double> high = Optional.of(hi);
    if (UPPER.contains(qualifier)) {
      lo = (lo + hi) / 2;
      high = Optional.empty();
    } else if (LOWER.contains(qualifier)) {
      hi = (lo + hi) / 2;
      lo = 0;
      high = Optional.of(hi);
    } else if (qualifier.equals("nearly") || qualifier.equals("almost") || qualifier.equals("just under")) {
      high = Optional.of(hi);
      lo = lo * 0.9;
    } else if (qualifier.equals("just over")) {
      high = Optional.of(hi * 1.1);
    } else if (!qualifier.isEmpty()) {
      lo = lo * 0.9;
      high = Optional.of(hi * 1.1);
    }
    out.add(new QuantityMention(s, kind, qualifier, lo, high, noun));
    return to;
  }

  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?%?");

  private static boolean startsWithDigit(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  /** The month a lower-case token names, but never "may" (the verb far more often than the month). */
  private static Integer monthOf(String lower) {
    int m = lower.equals("may") ? 0 : Months.number(lower);
    return m == 0 ? null : m;
  }
}
