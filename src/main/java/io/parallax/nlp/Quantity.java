package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with what it counts and its hedge: "roughly 1.5 million people" is
 * {@code (1_500_000, empty, "people", APPROXIMATELY)}; "80%" is {@code (80, empty, "%", EXACT)};
 * "between 20 and 30 soldiers" is {@code (20, 30, "soldiers", RANGE)}.
 *
 * @param span the whole expression, hedge and counted noun included
 * @param text the expression as written
 * @param value the stated number (the low end of a range; 1,000,000 for "millions")
 * @param upTo the high end of a range, when the expression states one
 * @param unit what is counted, lower-case, as written in the text ("people", "soldiers",
 *     "days"); "%" for percentages ("percent" too); the currency sign ("$", "€", "£") for money;
 *     empty string when nothing is counted
 * @param qualifier the hedge
 */
public record Quantity(
    Span span, String text, double value, Optional<Double> upTo, String unit, Qualifier qualifier) {
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(upTo, "upTo");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
  }
}
