package io.parallax.nlp;

import io.parallax.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions, resolved against the publication date when known: weekdays ("on Monday": the
 * Monday on or before publication), "yesterday", month-day dates ("February 15", "Oct. 7, 2023"),
 * months ("last October", "May 2024"), years ("2023", "last year"), weeks ("this week") and
 * durations ("32 days", "seven months").
 */
final class TimeFinder {

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String UNIT = "(day|week|month|year|hour|minute|decade)s?";
  private static final Pattern TIME = Pattern.compile(
      // 1-3: month day[, year]
      MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?"
          // 4-5: (last|this|next)? month [year]
          + "|(?:\\b(last|this|next|in|since|until|by|early|late|mid-?)\\s+)?" + MONTH.replace("(", "(?<m2>") + "(?!\\s+\\d{1,2}\\b)(?:\\s+(?<y2>\\d{4})\\b)?"
          // weekdays
          + "|(?:\\b(?<wmod>last|this|next)\\s+)?\\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
          + "|\\b(?<deictic>yesterday|today|tomorrow|tonight)\\b"
          + "|\\b(?<pmod>last|this|next)\\s+(?<per>week|month|year)\\b"
          // N units [ago]
          + "|\\b(?<n>\\d+|" + Numbers.SPELLED + "|a|an|several|few)\\s+(?<unit>" + UNIT.replace("(", "(?:") + ")(?<ago>\\s+ago)?\\b"
          + "|\\b(?:in|since|by|of|from|until|during)\\s+(?<year>(?:19|20)\\d{2})\\b",
      Pattern.CASE_INSENSITIVE);

  List<TimeExpression> find(TaggedText t, Optional<LocalDate> published) {
    List<TimeExpression> out = new ArrayList<>();
    String text = t.text;
    LocalDate ref = published.orElse(null);
    for (Span s : t.sentences) {
      Matcher m = TIME.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        TimeExpression e = build(m, text, ref);
        if (e != null) out.add(e);
      }
    }
    return List.copyOf(out);
  }

  private static TimeExpression build(Matcher m, String text, LocalDate ref) {
    Span span = new Span(m.start(), m.end());
    String written = span.textOf(text);
    if (m.group(1) != null) {
      Month month = month(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (day < 1 || day > 31) return null;
      if (m.group(3) != null) {
        LocalDate d = safeDate(Integer.parseInt(m.group(3)), month, day);
        return d == null ? null : new TimeExpression(span, written, TimeKind.DATE, Optional.of(d), Optional.of(d), Optional.empty(), false);
      }
      Optional<LocalDate> d = ref == null ? Optional.empty() : YearRollback.day(ref, month.getValue(), day);
      return new TimeExpression(span, written, TimeKind.DATE, d, d, Optional.empty(), true);
    }
    if (m.group("m2") != null) {
      String mod = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
      String mw = m.group("m2");
      if (mw.equals("May") && m.group("y2") == null && mod.isEmpty()) return null; // the modal verb
      if (!Character.isUpperCase(mw.charAt(0))) return null;
      Month month = month(mw);
      if (mod.equals("in") || mod.equals("since") || mod.equals("until") || mod.equals("by")) {
        span = new Span(m.start("m2"), m.end());
        written = span.textOf(text);
      }
      if (m.group("y2") != null) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y2")), month);
        return new TimeExpression(span, written, TimeKind.MONTH, Optional.of(ym.atDay(1)), Optional.of(ym.atEndOfMonth()), Optional.empty(), false);
      }
      YearMonth ym = null;
      if (ref != null) {
        YearMonth now = YearMonth.from(ref);
        ym = switch (mod) {
          case "last" -> { YearMonth y = now.withMonth(month.getValue()); yield y.isBefore(now) ? y : y.minusYears(1); }
          case "next" -> { YearMonth y = now.withMonth(month.getValue()); yield y.isAfter(now) ? y : y.plusYears(1); }
          default -> YearRollback.month(ref, month.getValue());
        };
      }
      return new TimeExpression(span, written, TimeKind.MONTH, Optional.ofNullable(ym).map(ym0 -> ym0.atDay(1)),
          Optional.ofNullable(ym).map(YearMonth::atEndOfMonth), Optional.empty(), true);
    }
    if (m.group("wd") != null) {
      if (!Character.isUpperCase(m.group("wd").charAt(0))) return null;
      DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      String mod = m.group("wmod") == null ? "" : m.group("wmod").toLowerCase(Locale.ROOT);
      LocalDate d = null;
      if (ref != null) {
        d = mod.equals("next") ? ref.with(TemporalAdjusters.next(dow))
            : mod.equals("last") ? ref.with(TemporalAdjusters.previous(dow))
            : ref.with(TemporalAdjusters.previousOrSame(dow));
      }
      return new TimeExpression(span, written, TimeKind.DATE, Optional.ofNullable(d), Optional.ofNullable(d), Optional.empty(), true);
    }
    if (m.group("deictic") != null) {
      String w = m.group("deictic").toLowerCase(Locale.ROOT);
      LocalDate d = ref == null ? null : switch (w) {
        case "yesterday" -> ref.minusDays(1);
        case "tomorrow" -> ref.plusDays(1);
        default -> ref;
      };
      return new TimeExpression(span, written, TimeKind.DATE, Optional.ofNullable(d), Optional.ofNullable(d), Optional.empty(), true);
    }
    if (m.group("per") != null) {
      String mod = m.group("pmod").toLowerCase(Locale.ROOT);
      String per = m.group("per").toLowerCase(Locale.ROOT);
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
      return new TimeExpression(span, written, kind, Optional.ofNullable(a), Optional.ofNullable(b), Optional.empty(), true);
    }
    if (m.group("unit") != null) {
      String nw = m.group("n").toLowerCase(Locale.ROOT);
      double n = nw.equals("several") || nw.equals("few") ? Double.NaN : Numbers.parse(nw);
      String unit = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "");
      Optional<Period> p = Optional.empty();
      if (!Double.isNaN(n) && n == Math.rint(n)) {
        int k = (int) n;
        p = switch (unit) {
          case "day" -> Optional.of(Period.ofDays(k));
          case "week" -> Optional.of(Period.ofWeeks(k));
          case "month" -> Optional.of(Period.ofMonths(k));
          case "year" -> Optional.of(Period.ofYears(k));
          case "decade" -> Optional.of(Period.ofYears(10 * k));
          default -> Optional.empty();
        };
      }
      if (m.group("ago") != null) {
        LocalDate d = ref != null && p.isPresent() ? ref.minus(p.get()) : null;
        return new TimeExpression(span, written, TimeKind.DATE, Optional.ofNullable(d), Optional.ofNullable(d), Optional.empty(), true);
      }
      return new TimeExpression(span, written, TimeKind.DURATION, Optional.empty(), Optional.empty(), p, false);
    }
    if (m.group("year") != null) {
      int y = Integer.parseInt(m.group("year"));
      Span ys = new Span(m.start("year"), m.end("year"));
      return new TimeExpression(ys, ys.textOf(text), TimeKind.YEAR, Optional.of(LocalDate.of(y, 1, 1)),
          Optional.of(LocalDate.of(y, 12, 31)), Optional.empty(), false);
    }
    return null;
  }

  private static LocalDate safeDate(int y, Month m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The month of a name the pattern matched ("March", "Oct.", "Sept."). */
  private static Month month(String w) {
    int n = Months.number(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    if (n == 0) throw new IllegalArgumentException("Not a month name: " + w);
    return Month.of(n);
  }
}
