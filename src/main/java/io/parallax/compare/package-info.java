/**
 * Cross-outlet comparison of one event: consensus and single-source claims, quote provenance,
 * discrepancies between reported quantities, framing (actor labels and loaded wording per outlet),
 * copied (wire) text and coverage. Entry point: {@link io.parallax.compare.EventComparator}; output:
 * the {@link io.parallax.compare.Comparison} record, every item pointing at article offsets through
 * {@link io.parallax.compare.Comparison.Evidence}. Rendering for reports:
 * {@link io.parallax.compare.ComparisonMarkdown} and {@link io.parallax.compare.ComparisonText}.
 */
package io.parallax.compare;
