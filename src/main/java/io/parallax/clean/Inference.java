package io.parallax.clean;

import io.parallax.model.Span;

/**
 * A metadata value read from the article text rather than from its metadata.
 *
 * @param field {@code "outlet"}, {@code "agency"} or {@code "published"} (ISO-8601)
 * @param value what was inferred ("CNN", "AFP")
 * @param evidence the line that says so, as a span into the original text
 */
public record Inference(String field, String value, Span evidence) {}
