package io.parallax.nlp;

import io.parallax.model.Span;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of quantities: numbers with their hedge ({@link Qualifier}) and what they count —
 * "roughly 1.5 million people", "more than a million", "millions of people", "four Israeli soldiers",
 * "80%", "more than $4 trillion", "between 20 and 30", "more than a month". One pass yields both what
 * {@link Annotations#quantities()} holds (the {@link Quantity} as stated) and the intervals the
 * comparison weighs ({@link QuantityMention}: counts of something named, durations in days, dates as days
 * of the year with the day resolved), the latter without the quantities inside quotation marks (they are
 * the speaker's words, not the outlet's report). Dates are {@link TimeFinder}'s days ("February 15",
 * "Oct. 7", "11 September"), not read again here: a number inside one is no quantity; years and clock
 * times are no quantities either. The counted noun is read from part-of-speech tags when the text was
 * tagged ({@link #read(TaggedText, List)}), else from the words alone ({@link #read(String, List)}).
 */
final class QuantityReader {

  /** What one pass reads: the quantities as stated, and the intervals outside quotations. */
  record Reading(List<Quantity> quantities, List<QuantityMention> intervals) {}

  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + Numbers.WORD_NUMBER
      + "|an?(?=\\s+(?:minute|hour|day|week|month|year|decade)\\b))";
  private static final String SCALE = "(?:\\s+(" + Numbers.SCALE + ")s?\\b)?";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?i)(?<![\\w.,-])(?:(" + Qualifier.PHRASES + ")\\s+)?"
          + "([$€£])?(" + NUM + ")" + SCALE
          + "(?:\\s*(?:-|–|to|and)\\s*(" + NUM + ")" + SCALE + ")?"
          + "(\\s*(?:%|percent\\b|per cent\\b))?"
          + "(?![\\w]|[.,]\\d)");
  private static final Pattern MANY = Pattern.compile(
      "(?i)\\b(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|hundreds|thousands|millions|billions)\\b");
  /** Time units, by stem, in days. */
  private static final Map<String, Double> TIME_UNITS = Map.ofEntries(
      Map.entry("minute", 1.0 / 1440), Map.entry("hour", 1.0 / 24), Map.entry("day", 1.0),
      Map.entry("week", 7.0), Map.entry("month", 30.44), Map.entry("year", 365.25),
      Map.entry("decade", 3652.5));
  /** Nouns naming people, counted as one class so "1.5 million people" meets "a million civilians". */
  static final Set<String> PERSON_NOUNS = Set.of("people", "person", "civilian", "resident",
      "palestinian", "israeli", "refugee", "individual", "inhabitant", "citizen", "displaced",
      "migrant", "voter", "worker", "student", "patient", "passenger", "victim", "adult", "child",
      "american", "ukrainian", "russian", "syrian", "gazan", "protester", "demonstrator");
  /** Words that follow a number without being what it counts ("2.5 million last year", "37,000 last week"). */
  private static final Set<String> NOT_NOUNS = Set.of("last", "next", "ago", "earlier", "later",
      "previously", "before", "since", "this", "per", "percent", "times", "total", "overall");

  private QuantityReader() {}

  /** Where the noun a number counts ends, read from {@code from} within its sentence (up to {@code limit}). */
  private interface CountedNoun {
    Span after(int from, int limit);
  }

  /**
   * The quantities of tagged text, the counted noun by part-of-speech tags; the intervals leave out
   * {@code quotations} (the words inside quotation marks).
   */
  static Reading read(TaggedText t, List<Span> quotations) {
    return read(t, quotations, TimeFinder.find(t.text, t.sentences, Optional.empty()));
  }

  /**
   * As {@link #read(TaggedText, List)}, with the dates among {@code times} (the text's time
   * expressions as {@link TimeFinder} read them, which the annotator has already).
   */
  static Reading read(TaggedText t, List<Span> quotations, List<TimeExpression> times) {
    return read(t.text, t.sentences, (from, limit) -> taggedNoun(t, from, limit), quotations, times);
  }

  /** The quantities of {@code kept} (spans into {@code text}), for text not annotated: the counted noun by its words. */
  static Reading read(String text, List<Span> kept) {
    return read(text, kept, Optional.empty());
  }

  /** As {@link #read(String, List)}, with dates without a year resolved against {@code published}. */
  static Reading read(String text, List<Span> kept, Optional<LocalDate> published) {
    List<Span> sentences = Segmentation.sentences(text, kept);
    return read(text, sentences, (from, limit) -> wordNoun(text, from, limit),
        QuotationSegments.regions(text, kept), TimeFinder.find(text, sentences, published));
  }

  /** A number written in digits as the quantity pattern reads it: its value with its scale, a range's upper end, a percentage or not. */
  record Stated(Span span, double value, Optional<Double> upTo, boolean percent) {}

  /**
   * The numbers written in digits anywhere in {@code text} ("34,500", "1.5 million", "14%", "20 to 30"),
   * by one pass of the quantity pattern over the whole text, without sentences, tags or counted nouns:
   * the fast, untagged reading event detection uses ({@link LexicalScan#numbers}). The span runs from
   * the number (a currency sign included, a hedge not) to the end of the match.
   */
  static List<Stated> digits(String text) {
    List<Stated> out = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      if (!Character.isDigit(m.group(3).charAt(0))) continue;
      double v = value(m);
      Optional<Double> upTo = Optional.empty();
      if (m.group(5) != null && Character.isDigit(m.group(5).charAt(0))) {
        upTo = Optional.of(upper(m));
      }
      int start = m.group(2) != null ? m.start(2) : m.start(3);
      out.add(new Stated(new Span(start, m.end()), v, upTo, m.group(7) != null));
    }
    return out;
  }

  /** The number a match of {@link #QUANTITY} states, with its scale ("1.5 million"). */
  private static double value(Matcher m) {
    return Numbers.parse(m.group(3)) * Numbers.scale(m.group(4));
  }

  /** A range's upper end, with its own scale or else the lower end's ("20 to 30 million"). */
  private static double upper(Matcher m) {
    return Numbers.parse(m.group(5)) * Numbers.scale(m.group(6) != null ? m.group(6) : m.group(4));
  }

  private static Reading read(String text, List<Span> sentences, CountedNoun nouns, List<Span> quotations,
      List<TimeExpression> times) {
    List<Quantity> quantities = new ArrayList<>();
    List<QuantityMention> intervals = new ArrayList<>();
    List<Span> days = dates(times, quotations, intervals);
    for (Span s : sentences) {
      List<Quantity> found = new ArrayList<>();
      numbers(text, s, nouns, days, found);
      multitudes(text, s, nouns, found);
      for (Quantity q : found) {
        quantities.add(q);
        if (!inside(quotations, q.span())) interval(q).ifPresent(intervals::add);
      }
    }
    quantities.sort(Comparator.comparing(Quantity::span));
    intervals.sort(Comparator.comparing(QuantityMention::span));
    return new Reading(List.copyOf(quantities), List.copyOf(intervals));
  }

  /** The quantities of sentence {@code s}, without the numbers that are part of one of {@code days}. */
  private static void numbers(String text, Span s, CountedNoun nouns, List<Span> days, List<Quantity> out) {
    Matcher m = QUANTITY.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      String hedge = m.group(1);
      double v = value(m);
      if (Double.isNaN(v)) continue;
      boolean range = m.group(5) != null;
      boolean percent = m.group(7) != null;
      String digits = m.group(3);
      // years, dates, times and single-word "one" without a counted noun are not quantities here
      if (!percent && m.group(4) == null && !range && digits.matches("1[89]\\d\\d|20\\d\\d")) continue;
      if (within(days, m.start(3)) || followedByClock(text, m.end())) continue; // "March 3", "11 September", "3 p.m."
      Qualifier q = hedge == null ? Qualifier.EXACT : Qualifier.of(hedge).orElseThrow();
      Optional<Double> upTo = Optional.empty();
      if (range) {
        String sep = text.substring(m.end(4) >= 0 ? m.end(4) : m.end(3), m.start(5)).strip().toLowerCase(Locale.ROOT);
        if (sep.equals("and") && q != Qualifier.RANGE) {
          range = false; // "two and a half" / "X and Y" lists: keep only the first number
        } else {
          double hi = upper(m);
          if (m.group(4) == null && m.group(6) != null) v *= Numbers.scale(m.group(6));
          upTo = Optional.of(hi);
        }
      }
      int end = range ? m.end() : (m.group(4) != null ? m.end(4) : m.end(3));
      if (percent) end = m.end(7);
      String currency = m.group(2);
      String unit = percent ? "%" : currency != null ? currency : "";
      if (!percent && currency == null) {
        Span head = nouns.after(end, s.end());
        if (head != null) {
          unit = head.textOf(text).toLowerCase(Locale.ROOT);
          end = head.end();
        }
      }
      boolean wordNumber = Character.isLetter(digits.charAt(0));
      if (unit.isEmpty() && wordNumber && m.group(4) == null) continue; // "one of the ..."
      if (unit.isEmpty() && hedge == null && m.group(4) == null && !digits.contains(",")) continue;
      Span span = new Span(m.start(), end);
      out.add(new Quantity(span, span.textOf(text), v, upTo, unit, range ? Qualifier.RANGE : q));
    }
  }

  /** "millions of people", "hundreds of thousands", "dozens": the order of magnitude named. */
  private static void multitudes(String text, Span s, CountedNoun nouns, List<Quantity> out) {
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
        Span head = nouns.after(end + 4, s.end());
        if (head != null) {
          unit = head.textOf(text).toLowerCase(Locale.ROOT);
          end = head.end();
        }
      }
      Span span = new Span(many.start(), end);
      out.add(new Quantity(span, span.textOf(text), v, Optional.empty(), unit, Qualifier.UNSPECIFIED_MANY));
    }
  }

  /**
   * The days among {@code times} ("February 15", "Oct. 7", "March 18, 2024"), in text order; those
   * outside quotations are added to {@code out} as intervals: a day of the (leap) year, and the date as
   * resolved.
   */
  private static List<Span> dates(List<TimeExpression> times, List<Span> quotations, List<QuantityMention> out) {
    List<Span> days = new ArrayList<>();
    for (TimeExpression e : times) {
      if (e.kind() != TimeKind.MONTH_DAY && e.kind() != TimeKind.DATE) continue;
      days.add(e.span());
      if (inside(quotations, e.span())) continue;
      MonthDay md = e.kind() == TimeKind.DATE ? MonthDay.from(LocalDate.parse(e.value())) : MonthDay.parse(e.value());
      double doy = md.atYear(2024).getDayOfYear();
      out.add(new QuantityMention(e.span(), QuantityKind.DATE, "", doy, Optional.of(doy),
          Months.name(md.getMonthValue()), e.start()));
    }
    return days;
  }

  /**
   * The interval a quantity allows, as the comparison weighs it: a count of what it names (people under
   * one noun), a duration in days; none when nothing is counted. The hedge sets the bounds
   * ({@link Qualifier#low}, {@link Qualifier#high}); an unhedged duration in words counts as round (±15%).
   */
  private static Optional<QuantityMention> interval(Quantity q) {
    if (q.unit().isEmpty()) return Optional.empty();
    String stem = Words.stem(q.unit());
    Qualifier h = q.qualifier();
    double low = h.low(q.value());
    Optional<Double> high = h.high(q.value(), q.upTo());
    Double days = TIME_UNITS.get(stem);
    if (days != null) {
      if (h == Qualifier.EXACT && Character.isLetter(q.text().charAt(0))) {
        // a duration in words is a round one: "a month" meets "32 days", "seven weeks" meets "50 days"
        low = q.value() * 0.85;
        high = Optional.of(q.value() * 1.15);
      }
      if (h == Qualifier.UNSPECIFIED_MANY) return Optional.empty();
      return Optional.of(new QuantityMention(q.span(), QuantityKind.DURATION, h.label(), low * days,
          high.map(x -> x * days), "days"));
    }
    String noun = PERSON_NOUNS.contains(stem) ? "people" : stem;
    return Optional.of(new QuantityMention(q.span(), QuantityKind.COUNT, h.label(), low, high, noun));
  }

  private static boolean inside(List<Span> quotations, Span s) {
    for (Span q : quotations) if (q.overlaps(s)) return true;
    return false;
  }

  private static boolean overlaps(List<Quantity> qs, int s, int e) {
    for (Quantity q : qs) if (q.span().start() < e && s < q.span().end()) return true;
    return false;
  }

  /** The counted noun after a number (up to two modifiers, then a plural or singular noun), or null. */
  private static Span taggedNoun(TaggedText t, int from, int limit) {
    int k = t.tokenAt(from);
    int skipped = 0;
    while (k < t.size() && t.start[k] < limit && skipped < 4) {
      String tg = t.tag[k];
      if (NOT_NOUNS.contains(t.lower[k])) return null;
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

  /**
   * Untagged: the counted noun within the next three words, past capitalised ones ("four Israeli
   * soldiers"), stopping at a function word or a word that follows numbers without being counted.
   */
  private static Span wordNoun(String text, int from, int limit) {
    if (from >= limit) return null;
    Span found = null;
    int words = 0;
    for (Span tok : Segmentation.tokens(text, new Span(from, limit))) {
      String w = tok.textOf(text);
      String low = Words.lower(w);
      if (words++ == 3 || !Words.isWord(w) || Words.isStop(low) && !low.equals("people") || NOT_NOUNS.contains(low)) break;
      found = tok;
      if (!Character.isUpperCase(w.charAt(0))) break;
    }
    return found;
  }

  /** Whether {@code at} lies inside one of {@code spans} (in text order). */
  private static boolean within(List<Span> spans, int at) {
    for (Span d : spans) {
      if (d.start() > at) return false;
      if (at < d.end()) return true;
    }
    return false;
  }

  private static boolean followedByClock(String text, int at) {
    String rest = text.substring(at, Math.min(text.length(), at + 6)).toLowerCase(Locale.ROOT);
    return rest.matches("^\\s*(a\\.m|p\\.m|am\\b|pm\\b|:\\d).*") || rest.startsWith(":");
  }
}
