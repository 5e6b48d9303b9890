package io.parallax.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms that pages, feeds and exported datasets write: ISO 8601 variants (with {@code T} or a
 * space before the time, with or without an offset), RFC 1123, compact {@code 20191119}, epoch seconds or
 * milliseconds, and written dates ("November 19, 2019", "19 Nov 2019"). A time without an offset is read
 * as UTC, a date as midnight UTC. Years outside 1971-2099 are rejected: they are placeholders
 * ({@code 1970-01-01}, {@code 0001-01-01}), not publication dates.
 *
 * <p>One parser for every reader (JSONL fields, HTML meta tags, JSON-LD, datelines), so an input gets the
 * same date whichever way it comes in.
 */
public final class Dates {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
  private static final Pattern RFC_1123_START = Pattern.compile("(?i)[a-z]{3},.*\\d{4}.*");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,11}");
  private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,13}");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(Z)?");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");
  private static final Pattern URL_DATE_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_-]");

  private Dates() {}

  /**
   * Parses a machine-readable date (JSONL fields, meta tags, JSON-LD, {@code <time datetime>}); empty when
   * the value is none of the forms above or names an implausible year.
   */
  public static Optional<OffsetDateTime> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) {
      return Optional.empty();
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.lookingAt()) {
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
          return valid(midnightUtc(y, mo, d));
        }
        LocalDateTime t = LocalDateTime.of(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return valid(t.atOffset(offset(m.group(7))));
      }
      if (RFC_1123_START.matcher(s).matches()) {
        try {
          return valid(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeException ignored) {
          // fall through to the textual forms
        }
      }
      Matcher c = COMPACT.matcher(s);
      if (c.matches()) {
        LocalDate date = LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
            Integer.parseInt(c.group(3)));
        if (c.group(4) == null) {
          return valid(date.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return valid(date.atTime(Integer.parseInt(c.group(4)), Integer.parseInt(c.group(5)),
            c.group(6) == null ? 0 : Integer.parseInt(c.group(6))).atOffset(ZoneOffset.UTC));
      }
      if (EPOCH_SECONDS.matcher(s).matches()) {
        return valid(OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(s)), ZoneOffset.UTC));
      }
      if (EPOCH_MILLIS.matcher(s).matches()) {
        return valid(OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), ZoneOffset.UTC));
      }
      return textual(s);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Finds a written date ("Nov. 19, 2019", "19 November 2019") in free text; midnight UTC. */
  public static Optional<OffsetDateTime> textual(String s) {
    try {
      Matcher a = MONTH_DAY_YEAR.matcher(s);
      if (a.find()) {
        return valid(midnightUtc(Integer.parseInt(a.group(3)), month(a.group(1)), Integer.parseInt(a.group(2))));
      }
      Matcher b = DAY_MONTH_YEAR.matcher(s);
      if (b.find()) {
        return valid(midnightUtc(Integer.parseInt(b.group(3)), month(b.group(2)), Integer.parseInt(b.group(1))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A date in a URL path: /2019/11/19/ or /2019-11-19/ or -20191119-. */
  public static Optional<OffsetDateTime> fromUrl(String url) {
    try {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        return valid(midnightUtc(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      Matcher c = URL_DATE_COMPACT.matcher(url);
      if (c.find()) {
        return valid(midnightUtc(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Midnight UTC of a calendar day; {@link DateTimeException} when there is no such day. */
  private static OffsetDateTime midnightUtc(int year, int month, int day) {
    return LocalDate.of(year, month, day).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static ZoneOffset offset(String z) {
    if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = z.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** Rejects implausible years (placeholders such as 1970-01-01 or 0001-01-01). */
  private static Optional<OffsetDateTime> valid(OffsetDateTime t) {
    int year = t.getYear();
    return year > 1970 && year < 2100 ? Optional.of(t) : Optional.empty();
  }
}
