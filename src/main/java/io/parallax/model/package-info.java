/**
 * The immutable values every stage exchanges: {@link io.parallax.model.Article articles} as read,
 * {@link io.parallax.model.Span spans} (character offsets into an article's original text) and the
 * {@link io.parallax.model.RunSummary run summary} that accounts for every input; and
 * {@link io.parallax.model.Dates}, the one parser of the date forms inputs carry (JSONL fields, meta tags and
 * JSON-LD, URLs, datelines), so a date means the same whichever reader found it.
 *
 * <p>Nothing here does I/O or holds mutable state; records validate themselves in their compact
 * constructors, and absent values are {@link java.util.Optional}s, never {@code null}.
 */
package io.parallax.model;
