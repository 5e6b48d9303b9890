package io.parallax.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date and time expressions in the raw text of a whole English article, fast and without
 * tagging, and normalises them against the publication date when it is known: the time features that
 * event detection compares between articles ({@code story.FeatureExtractor}). The annotator's
 * {@link TimeExpression}s, with spans into the kept paragraphs, come from {@link TimeFinder}.
 *
 * <p>Absolute dates ("May 3, 2013", "3 May 2013", "2013-05-03"), dates without a year ("on February
 * 15", which take the year {@link YearRollback} gives), weekdays ("on Monday": the latest such day on or before publication),
 * {@code today}/{@code yesterday}, bare years, and durations ("32 days", "seven months"). Without a
 * publication date, relative expressions stay unresolved and are kept as weekday or duration features.
 */
public final class TimeMentions {

  /** One expression found in the text, with its normalised form. */
  public record Mention(int start, int end, Kind kind, String value, Optional<LocalDate> date) {}

  /** What a {@link Mention} is. */
  public enum Kind { DATE, MONTH_DAY, MONTH_YEAR, YEAR, WEEKDAY, RELATIVE_DAY, DURATION }

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String NUMBER_WORD = "(?<n>\\d{1,4}|" + Numbers.SPELLED + "|a|an)";
  // every alternative starts at a word boundary: testing it once up front makes most positions fail fast
  private static final Pattern PATTERN = Pattern.compile(
      "\\b(?:(?<iso>(?<iy>(?:19|20)\\d\\d)-(?<im>[01]?\\d)-(?<id>[0-3]?\\d)\\b)"
          + "|(?<mdy>" + MONTH.replace("(J", "(?<m1>J") + "\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y1>(?:19|20)\\d\\d)\\b)?)"
          + "|(?<dmy>(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH.replace("(J", "(?<m2>J") + "(?:,?\\s+(?<y2>(?:19|20)\\d\\d)\\b)?)"
          + "|(?<my>" + MONTH.replace("(J", "(?<m3>J") + ",?\\s+(?<y3>(?:19|20)\\d\\d)\\b)"
          + "|(?<year>(?<y4>(?:19|20)\\d\\d)\\b)"
          + "|(?<wd>(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b)"
          + "|(?<rel>(?<r>today|yesterday|tonight|this morning|this afternoon|this evening|last night|earlier in the day)\\b)"
          + "|(?<dur>" + NUMBER_WORD + "[\\s-]+(?<u>day|week|month|year|hour|minute)s?\\b))",
      Pattern.CASE_INSENSITIVE);

  private TimeMentions() {}

  /**
   * The lower-case words one of {@link #PATTERN}'s alternatives can start with (the others start with a
   * digit): months, weekdays (also plural), relative days and articles, besides {@link Numbers}' words.
   * Keep in step with the pattern: {@link #find} tries the pattern only where a word starts with a digit or one of these.
   */
  private static final Set<String> FIRST_WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
      "today", "yesterday", "tonight", "this", "last", "earlier", "a", "an");

  /** All time expressions of {@code text}, in text order, resolved against {@code published} if present. */
  public static List<Mention> find(String text, Optional<LocalDate> published) {
    List<Mention> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(text).useTransparentBounds(true);
    int n = text.length();
    // Same matches as m.find() in a loop, but the pattern is only tried where a match can start: at a
    // word boundary before a digit or a word of FIRST_WORDS (running the pattern everywhere dominates
    // feature extraction).
    int p = 0;
    while (p < n) {
      char c = text.charAt(p);
      if ((p == 0 || !isAsciiWordChar(text.charAt(p - 1))) && canStart(text, p, c)) {
        m.region(p, n);
        if (m.lookingAt()) {
          Mention mention = toMention(m, published);
          if (mention != null) out.add(mention);
          p = m.end();
          continue;
        }
      }
      p++;
    }
    return out;
  }

  /** The plain scan {@link #find} stands for: every match of the pattern, in order (for tests). */
  static List<Mention> findEverywhere(String text, Optional<LocalDate> published) {
    List<Mention> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      Mention mention = toMention(m, published);
      if (mention != null) out.add(mention);
    }
    return out;
  }

  private static boolean canStart(String text, int p, char c) {
    if (c >= '0' && c <= '9') return true;
    if (!isAsciiLetter(c)) return false;
    int end = p;
    while (end < text.length() && end - p <= 10 && isAsciiLetter(text.charAt(end))) end++;
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

  private static Mention toMention(Matcher m, Optional<LocalDate> published) {
    int s = m.start();
    int e = m.end();
    if (m.group("iso") != null) {
      return date(s, e, Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id")));
    }
    if (m.group("mdy") != null || m.group("dmy") != null) {
      boolean mdy = m.group("mdy") != null;
      int month = month(m.group(mdy ? "m1" : "m2"));
      int day = Integer.parseInt(m.group(mdy ? "d1" : "d2"));
      String y = m.group(mdy ? "y1" : "y2");
      if (day < 1 || day > 31) return null;
      if (y != null) return date(s, e, Integer.parseInt(y), month, day);
      if (mdy && m.group("m1").equalsIgnoreCase("may") && !Character.isUpperCase(m.group("m1").charAt(0))) {
        return null; // "may 3" in lower case is the verb
      }
      Optional<LocalDate> resolved = published.flatMap(p -> YearRollback.day(p, month, day));
      return new Mention(s, e, Kind.MONTH_DAY, String.format(Locale.ROOT, "%02d-%02d", month, day), resolved);
    }
    if (m.group("my") != null) {
      return new Mention(s, e, Kind.MONTH_YEAR,
          String.format(Locale.ROOT, "%s-%02d", m.group("y3"), month(m.group("m3"))), Optional.empty());
    }
    if (m.group("year") != null) {
      return new Mention(s, e, Kind.YEAR, m.group("y4"), Optional.empty());
    }
    if (m.group("wd") != null) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group("w").toUpperCase(Locale.ROOT));
      return new Mention(s, e, Kind.WEEKDAY, dow.name().toLowerCase(Locale.ROOT),
          published.map(p -> p.with(TemporalAdjusters.previousOrSame(dow))));
    }
    if (m.group("rel") != null) {
      String r = m.group("r").toLowerCase(Locale.ROOT);
      boolean yesterday = r.equals("yesterday") || r.equals("last night");
      return new Mention(s, e, Kind.RELATIVE_DAY, r, published.map(p -> yesterday ? p.minusDays(1) : p));
    }
    if (m.group("dur") != null) {
      String n = m.group("n").toLowerCase(Locale.ROOT);
      String value = (Character.isDigit(n.charAt(0)) ? n : Long.toString((long) Numbers.parse(n))) + " "
          + m.group("u").toLowerCase(Locale.ROOT);
      return new Mention(s, e, Kind.DURATION, value, Optional.empty());
    }
    return null;
  }

  private static Mention date(int s, int e, int year, int month, int day) {
    Optional<LocalDate> d = withYear(year, month, day);
    return d.map(x -> new Mention(s, e, Kind.DATE, x.toString(), d)).orElse(null);
  }

  private static Optional<LocalDate> withYear(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException ex) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return Months.number(name);
  }
}
