package io.parallax.nlp;

import io.parallax.model.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of time expressions in English text, resolved against the publication date when it is
 * known. It reads the annotator's sentences ({@link Annotations#times()}) and, as fast, the whole raw
 * text of an article (event detection's time features, {@code story.FeatureExtractor}).
 *
 * <p>What it reads, by {@link TimeKind}: dates with a year ("Oct. 7, 2023", "3 May 2013",
 * "2013-05-03"); month and day without a year ("February 15", which takes the year {@link YearRollback}
 * gives); weekdays ("on Monday": the latest such day on or before publication; "next Monday"); today,
 * yesterday, tomorrow, tonight, last night; months ("last October", "May 2024"); years ("2023");
 * weeks, months and years named from publication ("next week", "last year"); durations ("32 days",
 * "seven months", "a 90-day stay"), also counted back ("two days ago"); vaguer periods ("several days").
 * Without a publication date, relative expressions stay unresolved; their {@link TimeExpression#value()}
 * still says what they name.
 */
public final class TimeFinder {

  /**
   * A month's full name, or its abbreviation with its dot if it has one (in the group); a dot after a
   * full name before a day or year ("May. 3, 2013") is read by the alternatives, outside the group.
   */
  private static final String MONTH =
      "(?<@>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z])"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?![a-z.])))";
  /** What follows a month when it starts a day ("3", "2nd"), after the dot a full name may take. */
  private static final String DAY_AFTER = "\\.?[\\s\\h]+[0-3]?\\d(?:st|nd|rd|th)?\\b";
  private static final String YEAR = "(?:19|20)\\d\\d";
  private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  // every alternative starts at a word boundary: testing it once up front makes most positions fail fast
  private static final Pattern PATTERN = Pattern.compile(
      "\\b(?:(?<iso>(?<iy>" + YEAR + ")-(?<im>[01]?\\d)-(?<id>[0-3]?\\d)\\b)"
          + "|(?<mdy>" + month("m1") + "\\.?[\\s\\h]+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y1>" + YEAR + ")\\b)?)"
          + "|(?<dmy>(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?[\\s\\h]+(?:of\\s+)?" + month("m2") + "(?:\\.?,?\\s+(?<y2>" + YEAR + ")\\b)?)"
          + "|(?<month>(?:(?<mmod>last|this|next|early|late|mid)(?:\\s+|-))?" + month("m3")
          + "(?!" + DAY_AFTER + ")(?:\\.?,?\\s+(?<y3>" + YEAR + ")\\b)?)"
          + "|(?<year>(?<y4>" + YEAR + ")\\b)"
          + "|(?<wd>(?:(?<wmod>last|this|next)\\s+)?(?<w>" + WEEKDAY + ")s?\\b)"
          + "|(?<rel>(?<r>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night"
          + "|earlier in the day)\\b)"
          + "|(?<per>(?<pmod>last|this|next)\\s+(?<pu>week|month|year)\\b)"
          + "|(?<dur>(?<n>\\d{1,4}|" + Numbers.SPELLED + "|a|an|several|few)[\\s-]+"
          + "(?<u>day|week|month|year|hour|minute|decade)s?\\b(?<ago>\\s+ago\\b)?))",
      Pattern.CASE_INSENSITIVE);

  /**
   * The lower-case words one of {@link #PATTERN}'s alternatives can start with (the others start with a
   * digit): months, weekdays (also plural), relative days, modifiers and vague counts, besides
   * {@link Numbers}' words. Keep in step with the pattern: {@link #find} tries the pattern only where a
   * word starts with a digit or one of these.
   */
  private static final Set<String> FIRST_WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
      "today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "earlier", "early", "late", "mid",
      "a", "an", "several", "few");

  /** Words before a bare "May" that make it the month rather than the verb ("in May"). */
  private static final Set<String> BEFORE_A_MONTH = Set.of("in", "since", "until", "by", "of", "from", "during",
      "through", "before", "after", "early", "late", "mid", "last", "this", "next");

  private TimeFinder() {}

  private static String month(String group) {
    return MONTH.replace("@", group);
  }

  /** All time expressions of the whole {@code text}, in text order, resolved against {@code published} if present. */
  public static List<TimeExpression> find(String text, Optional<LocalDate> published) {
    return find(text, List.of(new Span(0, text.length())), published);
  }

  /**
   * The time expressions inside {@code regions} of {@code text} (in order, not overlapping: the
   * annotator's sentences), in text order, resolved against {@code published} if present.
   */
  public static List<TimeExpression> find(String text, List<Span> regions, Optional<LocalDate> published) {
    List<TimeExpression> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(text).useTransparentBounds(true);
    LocalDate ref = published.orElse(null);
    for (Span region : regions) {
      int end = region.end();
      // Same matches as m.find() in a loop, but the pattern is only tried where a match can start: at a
      // word boundary before a digit or a word of FIRST_WORDS (running the pattern everywhere dominates
      // event feature extraction).
      int p = region.start();
      while (p < end) {
        if ((p == 0 || !isAsciiWordChar(text.charAt(p - 1))) && canStart(text, p, end)) {
          m.region(p, end);
          if (m.lookingAt()) {
            TimeExpression e = build(m, text, ref);
            if (e != null) out.add(e);
            p = m.end();
            continue;
          }
        }
        p++;
      }
    }
    return List.copyOf(out);
  }

  /** The plain scan {@link #find} stands for: every match of the pattern in the whole text, in order (for tests). */
  static List<TimeExpression> findEverywhere(String text, Optional<LocalDate> published) {
    List<TimeExpression> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      TimeExpression e = build(m, text, published.orElse(null));
      if (e != null) out.add(e);
    }
    return out;
  }

  private static boolean canStart(String text, int p, int limit) {
    char c = text.charAt(p);
    if (c >= '0' && c <= '9') return true;
    if (!isAsciiLetter(c)) return false;
    int end = p;
    while (end < limit && end - p <= 10 && isAsciiLetter(text.charAt(end))) end++;
    if (end - p > 10) return false;
    String word = text.substring(p, end).toLowerCase(Locale.ROOT);
    return FIRST_WORDS.contains(word) || Numbers.wordSet().contains(word);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiWordChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  private static TimeExpression build(Matcher m, String text, LocalDate ref) {
    Span span = new Span(m.start(), m.end());
    if (m.group("iso") != null) {
      return dated(span, text, Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
          Integer.parseInt(m.group("id")));
    }
    if (m.group("mdy") != null || m.group("dmy") != null) {
      boolean mdy = m.group("mdy") != null;
      String monthWord = m.group(mdy ? "m1" : "m2");
      int month = monthNumber(monthWord);
      int day = Integer.parseInt(m.group(mdy ? "d1" : "d2"));
      String y = m.group(mdy ? "y1" : "y2");
      if (day < 1 || day > 31) return null;
      if (y != null) return dated(span, text, Integer.parseInt(y), month, day);
      if (mdy && monthWord.equalsIgnoreCase("may") && !Character.isUpperCase(monthWord.charAt(0))) {
        return null; // "may 3" in lower case is the verb
      }
      if (Month.of(month).maxLength() < day) return null; // "February 30" names no day
      Optional<LocalDate> d = ref == null ? Optional.empty() : YearRollback.day(ref, month, day);
      return new TimeExpression(span, span.textOf(text), TimeKind.MONTH_DAY, MonthDay.of(month, day).toString(),
          d, d, Optional.empty(), true);
    }
    if (m.group("month") != null) return month(m, span, text, ref);
    if (m.group("year") != null) {
      int y = Integer.parseInt(m.group("y4"));
      return new TimeExpression(span, span.textOf(text), TimeKind.YEAR, m.group("y4"),
          Optional.of(LocalDate.of(y, 1, 1)), Optional.of(LocalDate.of(y, 12, 31)), Optional.empty(), false);
    }
    if (m.group("wd") != null) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group("w").toUpperCase(Locale.ROOT));
      String mod = lower(m.group("wmod"));
      Optional<LocalDate> d = Optional.ofNullable(ref).map(r -> switch (mod) {
        case "next" -> r.with(TemporalAdjusters.next(dow));
        case "last" -> r.with(TemporalAdjusters.previous(dow));
        default -> r.with(TemporalAdjusters.previousOrSame(dow));
      });
      return new TimeExpression(span, span.textOf(text), TimeKind.WEEKDAY, dow.name().toLowerCase(Locale.ROOT),
          d, d, Optional.empty(), true);
    }
    if (m.group("rel") != null) {
      String r = lower(m.group("r"));
      Optional<LocalDate> d = Optional.ofNullable(ref).map(p -> switch (r) {
        case "yesterday", "last night" -> p.minusDays(1);
        case "tomorrow" -> p.plusDays(1);
        default -> p;
      });
      return new TimeExpression(span, span.textOf(text), TimeKind.RELATIVE_DAY, r, d, d, Optional.empty(), true);
    }
    if (m.group("per") != null) return period(m, span, text, ref);
    if (m.group("dur") != null) return duration(m, span, text, ref);
    return null;
  }

  /** "May 2024", "last October", "mid-March": a month, with its year as written or resolved. */
  private static TimeExpression month(Matcher m, Span span, String text, LocalDate ref) {
    String word = m.group("m3");
    String mod = lower(m.group("mmod"));
    Month month = Month.of(monthNumber(word));
    String y = m.group("y3");
    if (y != null) {
      YearMonth ym = YearMonth.of(Integer.parseInt(y), month);
      return new TimeExpression(span, span.textOf(text), TimeKind.MONTH, ym.toString(), Optional.of(ym.atDay(1)),
          Optional.of(ym.atEndOfMonth()), Optional.empty(), false);
    }
    // a month alone is written capitalised and in full or with its dot ("Jan" may be a name), and "May" is
    // the month only after a preposition or modifier
    if (!Character.isUpperCase(word.charAt(0))) return null;
    if (!word.equalsIgnoreCase(month.name()) && !word.endsWith(".")) return null;
    if (month == Month.MAY && mod.isEmpty() && !BEFORE_A_MONTH.contains(previousWord(text, span.start()))) return null;
    YearMonth ym = null;
    if (ref != null) {
      YearMonth now = YearMonth.from(ref);
      ym = switch (mod) {
        case "last" -> { YearMonth x = now.withMonth(month.getValue()); yield x.isBefore(now) ? x : x.minusYears(1); }
        case "next" -> { YearMonth x = now.withMonth(month.getValue()); yield x.isAfter(now) ? x : x.plusYears(1); }
        default -> YearRollback.month(ref, month.getValue());
      };
    }
    Optional<YearMonth> resolved = Optional.ofNullable(ym);
    return new TimeExpression(span, span.textOf(text), TimeKind.MONTH, String.format(Locale.ROOT, "--%02d", month.getValue()),
        resolved.map(x -> x.atDay(1)), resolved.map(YearMonth::atEndOfMonth), Optional.empty(), true);
  }

  /** "this week", "next month", "last year": a week, month or year named from publication. */
  private static TimeExpression period(Matcher m, Span span, String text, LocalDate ref) {
    String mod = lower(m.group("pmod"));
    String per = lower(m.group("pu"));
    int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
    LocalDate a = null;
    LocalDate b = null;
    if (ref != null) {
      switch (per) {
        case "week" -> {
          a = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
          b = a.plusDays(6);
        }
        case "month" -> {
          YearMonth ym = YearMonth.from(ref).plusMonths(shift);
          a = ym.atDay(1);
          b = ym.atEndOfMonth();
        }
        default -> {
          a = LocalDate.of(ref.getYear() + shift, 1, 1);
          b = LocalDate.of(ref.getYear() + shift, 12, 31);
        }
      }
    }
    TimeKind kind = per.equals("year") ? TimeKind.YEAR : per.equals("month") ? TimeKind.MONTH : TimeKind.PERIOD;
    return new TimeExpression(span, span.textOf(text), kind, mod + " " + per, Optional.ofNullable(a),
        Optional.ofNullable(b), Optional.empty(), true);
  }

  /** "32 days", "a 90-day stay", "two days ago"; "several days" is a vaguer period. */
  private static TimeExpression duration(Matcher m, Span span, String text, LocalDate ref) {
    String n = lower(m.group("n"));
    String unit = lower(m.group("u"));
    if (n.equals("several") || n.equals("few")) {
      return new TimeExpression(span, span.textOf(text), TimeKind.PERIOD, n + " " + unit + "s", Optional.empty(),
          Optional.empty(), Optional.empty(), m.group("ago") != null);
    }
    double count = Numbers.parse(n);
    String value = (Character.isDigit(n.charAt(0)) ? n : Long.toString((long) count)) + " " + unit;
    Optional<Period> p = Optional.empty();
    if (count == Math.rint(count) && count <= Integer.MAX_VALUE) {
      int k = (int) count;
      p = switch (unit) {
        case "day" -> Optional.of(Period.ofDays(k));
        case "week" -> Optional.of(Period.ofWeeks(k));
        case "month" -> Optional.of(Period.ofMonths(k));
        case "year" -> Optional.of(Period.ofYears(k));
        case "decade" -> Optional.of(Period.ofYears(10 * k));
        default -> Optional.empty();
      };
    }
    boolean ago = m.group("ago") != null;
    Optional<LocalDate> d = ago && ref != null ? p.map(ref::minus) : Optional.empty();
    return new TimeExpression(span, span.textOf(text), TimeKind.DURATION, value, d, d, p, ago);
  }

  private static TimeExpression dated(Span span, String text, int year, int month, int day) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return new TimeExpression(span, span.textOf(text), TimeKind.DATE, d.toString(), Optional.of(d), Optional.of(d),
          Optional.empty(), false);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The month (1-12) of a name the pattern matched ("March", "Oct.", "Sept"). */
  private static int monthNumber(String word) {
    return Months.number(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** The word just before {@code pos}, in lower case ("" at the start of the text). */
  private static String previousWord(String text, int pos) {
    int e = pos;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }
}
