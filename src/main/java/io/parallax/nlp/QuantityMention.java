package io.parallax.nlp;

import io.parallax.model.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A reported quantity, duration or date, normalised to an interval: what the comparison weighs between
 * outlets, read by {@link Mentions} from the annotations' {@linkplain Annotations#intervals() intervals}:
 * {@link QuantityReader} reads each with its {@link Quantity} in one pass.
 *
 * @param span the whole phrase ("roughly 1.5 million people", "more than a month", "February 15")
 * @param kind a count, a duration (in days) or a date (day of year, 1-366)
 * @param qualifier the hedge, as {@link Qualifier}'s label ("approximately", "more than"), or "" when exact
 * @param low the least value the phrase allows
 * @param high the greatest value it allows; empty when open-ended
 * @param noun the counted noun, normalised ("people", "civilian"); "days" for durations; month name for dates
 * @param date the day a date names, as {@link TimeFinder} resolves it (its year as written, else by
 *     {@link YearRollback} from the publication date); empty for counts and durations, and for a date
 *     without a year in a text without a publication date
 */
public record QuantityMention(Span span, QuantityKind kind, String qualifier, double low, Optional<Double> high,
    String noun, Optional<LocalDate> date) {

  /** A count or a duration: no date. */
  public QuantityMention(Span span, QuantityKind kind, String qualifier, double low, Optional<Double> high, String noun) {
    this(span, kind, qualifier, low, high, noun, Optional.empty());
  }

  public QuantityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(noun, "noun");
    Objects.requireNonNull(date, "date");
  }
}
