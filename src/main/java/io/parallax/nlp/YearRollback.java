package io.parallax.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The one rule for a date written without a year ("on February 15", "in October"), read by the one reader
 * of dates, {@link TimeFinder}, whose resolved days serve the annotator's times, event detection's time
 * features and, through {@link QuantityMention#date()}, the comparison's date discrepancies. Such a date is in the year of publication unless that would put it more than
 * {@value #DAYS_AHEAD} days after publication; then it is in the year before. A month without a year
 * goes by its first day.
 *
 * <p>31 days is the rule the event models were calibrated on ({@link TimeFinder}'s expressions as event features); news
 * mostly reports what happened, yet names a day of the coming weeks ("talks resume on March 20").
 */
final class YearRollback {

  /** How many days after publication a date without a year may fall and still be in that year. */
  static final int DAYS_AHEAD = 31;

  private YearRollback() {}

  /**
   * The day {@code month}/{@code day} written without a year in a text published on {@code published};
   * empty when there is no such day in the publication year (February 29 outside a leap year, April 31).
   */
  static Optional<LocalDate> day(LocalDate published, int month, int day) {
    try {
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      return Optional.of(tooFarAhead(d, published) ? d.minusYears(1) : d);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The month {@code month} (1-12) written without a year in a text published on {@code published}. */
  static YearMonth month(LocalDate published, int month) {
    YearMonth ym = YearMonth.of(published.getYear(), month);
    return tooFarAhead(ym.atDay(1), published) ? ym.minusYears(1) : ym;
  }

  private static boolean tooFarAhead(LocalDate d, LocalDate published) {
    return d.isAfter(published.plusDays(DAYS_AHEAD));
  }
}
