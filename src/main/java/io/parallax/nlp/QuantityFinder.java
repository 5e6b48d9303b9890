package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with their hedge and what they count: "roughly 1.5 million people", "more than a
 * million", "millions of people", "four Israeli soldiers", "80%", "between 20 and 30". Years,
 * dates and clock times are left to {@link TimeFinder}.
 */
final class QuantityFinder {

  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + Numbers.WORD_NUMBER + ")";
  private static final String SCALE = "(?:\\s+(" + Numbers.SCALE + ")s?\\b)?";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?i)(?<![\\w.,-])(?:(roughly|about|around|approximately|nearly|almost|some|an estimated|close to"
          + "|more than|over|upwards of|at least|fewer than|less than|under|at most|up to|no more than"
          + "|between)\\s+)?"
          + "([$€£])?(" + NUM + ")" + SCALE
          + "(?:\\s*(?:-|–|to|and)\\s*(" + NUM + ")" + SCALE + ")?"
          + "(\\s*(?:%|percent\\b|per cent\\b))?"
          + "(?![\\w]|[.,]\\d)");
  private static final Pattern MANY = Pattern.compile(
      "(?i)\\b(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|hundreds|thousands|millions|billions)\\b");

  List<Quantity> find(TaggedText t) {
    List<Quantity> out = new ArrayList<>();
    String text = t.text;
    for (Span s : t.sentences) {
      Matcher m = QUANTITY.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        String qual = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        double v = Numbers.parse(m.group(3)) * Numbers.scale(m.group(4));
        if (Double.isNaN(v)) continue;
        boolean range = m.group(5) != null;
        boolean percent = m.group(7) != null;
        String digits = m.group(3);
        // years, dates, times and single-word "one" without a counted noun are not quantities here
        if (!percent && m.group(4) == null && !range && digits.matches("1[89]\\d\\d|20\\d\\d")) continue;
        if (precededByMonth(text, m.start(3)) || followedByClock(text, m.end())) continue;
        Optional<Double> upTo = Optional.empty();
        if (range) {
          String sep = text.substring(m.end(4) >= 0 ? m.end(4) : m.end(3), m.start(5)).strip().toLowerCase(Locale.ROOT);
          if (sep.equals("and") && !"between".equals(qual)) {
            range = false; // "two and a half" / "X and Y" lists: keep only the first number
          } else {
            double hi = Numbers.parse(m.group(5)) * Numbers.scale(m.group(6) != null ? m.group(6) : m.group(4));
            if (m.group(4) == null && m.group(6) != null) v *= Numbers.scale(m.group(6));
            upTo = Optional.of(hi);
          }
        }
        int end = range ? m.end() : (m.group(4) != null ? m.end(4) : m.end(3));
        if (percent) end = m.end(7);
        String currency = m.group(2);
        String unit = percent ? "%" : currency != null ? currency : "";
        if (!percent && currency == null) {
          Span head = countedNoun(t, end, s.end());
          if (head != null) {
            unit = head.textOf(text).toLowerCase(Locale.ROOT);
            end = head.end();
          }
        }
        boolean wordNumber = Character.isLetter(digits.charAt(0));
        if (unit.isEmpty() && wordNumber && m.group(4) == null) continue; // "one of the ..."
        if (unit.isEmpty() && qual == null && m.group(4) == null && !digits.contains(",")) continue;
        Qualifier q = qualifier(qual, range);
        Span span = new Span(m.start(), end);
        out.add(new Quantity(span, span.textOf(text), v, upTo, unit, q));
      }
      Matcher many = MANY.matcher(text).region(s.start(), s.end());
      while (many.find()) {
        if (overlaps(out, many.start(), many.end())) continue;
        String w = many.group(1).toLowerCase(Locale.ROOT);
        double v = w.startsWith("dozens") ? 12 : w.equals("hundreds of millions") ? 1e8
            : w.equals("tens of millions") ? 1e7 : w.startsWith("hundreds of") ? 1e5
            : w.startsWith("tens of") ? 1e4 : w.startsWith("hundreds") ? 100
            : w.startsWith("thousands") ? 1e3 : w.startsWith("millions") ? 1e6 : 1e9;
        int end = many.end();
        String unit = "";
        if (text.startsWith(" of ", end)) {
          Span head = countedNoun(t, end + 4, s.end());
          if (head != null) {
            unit = head.textOf(text).toLowerCase(Locale.ROOT);
            end = head.end();
          }
        }
        Span span = new Span(many.start(), end);
        out.add(new Quantity(span, span.textOf(text), v, Optional.empty(), unit, Qualifier.UNSPECIFIED_MANY));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  private static boolean overlaps(List<Quantity> qs, int s, int e) {
    for (Quantity q : qs) if (q.span().start() < e && s < q.span().end()) return true;
    return false;
  }

  private static Qualifier qualifier(String q, boolean range) {
    if (range) return Qualifier.RANGE;
    if (q == null) return Qualifier.EXACT;
    return switch (q) {
      case "more than", "over", "upwards of" -> Qualifier.MORE_THAN;
      case "at least" -> Qualifier.AT_LEAST;
      case "fewer than", "less than", "under" -> Qualifier.LESS_THAN;
      case "at most", "up to", "no more than" -> Qualifier.AT_MOST;
      case "between" -> Qualifier.RANGE;
      default -> Qualifier.APPROXIMATELY;
    };
  }

  /** The counted noun after a number (up to two modifiers, then a plural or singular noun), or null. */
  private static Span countedNoun(TaggedText t, int from, int limit) {
    int k = t.tokenAt(from);
    int skipped = 0;
    while (k < t.size() && t.start[k] < limit && skipped < 4) {
      String tg = t.tag[k];
      if (t.lower[k].equals("more") || t.lower[k].equals("other")) { k++; skipped++; continue; }
      boolean properPlural = t.isProper(k) && t.word[k].endsWith("s")
          && !(k + 1 < t.size() && t.isNoun(k + 1));
      if ((tg.startsWith("NN") && !t.isProper(k) && !(k + 1 < t.size() && t.start[k + 1] < limit
          && t.isProper(k + 1) && t.capitalised(k))) || properPlural) {
        // the head of a compound: "terrorist targets"
        while (k + 1 < t.size() && t.start[k + 1] < limit && t.isNoun(k + 1)) k++;
        return new Span(t.start[k], t.end[k]);
      }
      if (tg.startsWith("JJ") || t.isProper(k) || tg.equals("VBN") || (tg.startsWith("NN") && t.capitalised(k))) {
        k++;
        skipped++;
        continue;
      }
      return null;
    }
    return null;
  }

  private static boolean precededByMonth(String text, int at) {
    int s = Math.max(0, at - 10);
    return text.substring(s, at).matches("(?s).*\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+$");
  }

  private static boolean followedByClock(String text, int at) {
    String rest = text.substring(at, Math.min(text.length(), at + 6)).toLowerCase(Locale.ROOT);
    return rest.matches("^\\s*(a\\.m|p\\.m|am\\b|pm\\b|:\\d).*") || rest.startsWith(":");
  }
}
