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
 * @param kind what the expression names: a date, a day of a month, a weekday, a day named from
 *     publication, a month, a year, a vaguer period or a duration
 * @param value what the expression names as written, before it is resolved against the publication
 *     date, in one form per kind: {@link TimeKind#DATE} {@code 2023-10-07}, {@link TimeKind#MONTH_DAY}
 *     {@code --02-15} (ISO 8601's month and day), {@link TimeKind#WEEKDAY} {@code monday},
 *     {@link TimeKind#RELATIVE_DAY} {@code yesterday}, {@link TimeKind#MONTH} {@code 2024-05} or
 *     {@code --10} without a year, {@link TimeKind#YEAR} {@code 2023}, {@link TimeKind#DURATION}
 *     {@code 32 day} (count and unit); for a week, month or year named from publication and a vaguer
 *     period, the words in lower case ({@code last year}, {@code several days})
 * @param start the first day it denotes (inclusive), when it could be resolved
 * @param end the last day it denotes (inclusive), when it could be resolved; equal to start for
 *     a single day, the month's last day for a month
 * @param duration the length for a {@link TimeKind#DURATION} ("32 days" is P32D, "seven months"
 *     P7M); empty for other kinds and for durations shorter than a day
 * @param relative true when the expression is anchored on the publication date ("on Monday",
 *     "last October", "yesterday", "two days ago"); such an expression is resolved only when the date is known,
 *     and otherwise left with empty start/end
 */
public record TimeExpression(
    Span span,
    String text,
    TimeKind kind,
    String value,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    Optional<Period> duration,
    boolean relative) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(duration, "duration");
  }
}
