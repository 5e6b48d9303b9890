package io.parallax.nlp;

import io.parallax.model.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression, normalised against the article's publication date when that is known.
 *
 * @param span where it is written
 * @param text as written ("on Monday", "last October", "seven months")
 * @param kind date, month, year, duration or vaguer period
 * @param start the first day it denotes (inclusive), when it could be resolved
 * @param end the last day it denotes (inclusive), when it could be resolved; equal to start for
 *     a single day, the month's last day for a month
 * @param duration the length for a {@link TimeKind#DURATION} ("32 days" is P32D, "seven months"
 *     P7M); empty for other kinds and for durations shorter than a day
 * @param relative true when the expression is anchored on the publication date ("on Monday",
 *     "last October", "yesterday"); such an expression is resolved only when the date is known,
 *     and otherwise left with empty start/end
 */
public record TimeExpression(
    Span span,
    String text,
    TimeKind kind,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    Optional<Period> duration,
    boolean relative) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(duration, "duration");
  }
}
