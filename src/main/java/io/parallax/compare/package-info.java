/**
 * Cross-outlet comparison of one event: consensus and single-source claims, quote provenance,
 * discrepancies between reported quantities, framing (actor labels and loaded wording per outlet),
 * copied (wire) text and coverage. Entry point: {@link io.parallax.compare.EventComparator}; output:
 * the {@link io.parallax.compare.Comparison} record, every item pointing at article offsets through
 * {@link io.parallax.compare.Comparison.Evidence}; closed sets are enums written as their labels
 * ({@link io.parallax.compare.Comparison.Edit}, {@link io.parallax.compare.Comparison.QuoteStatus},
 * {@link io.parallax.nlp.QuantityKind}, {@link io.parallax.compare.Comparison.Verdict},
 * {@link io.parallax.compare.Comparison.OriginBasis}). An event's articles are analysed once
 * ({@link io.parallax.compare.AnalyzedArticle#of}) and the analysis is shared with the brief; sentence
 * embeddings come through {@link io.parallax.nlp.TextEmbedder}; quotes and quantities are read from
 * the annotations through {@link io.parallax.nlp.Mentions} ({@link io.parallax.compare.AnnotatorSources}),
 * and this package holds no quote or quantity rules of its own. Rendering for reports:
 * {@link io.parallax.compare.ComparisonMarkdown} and {@link io.parallax.compare.ComparisonText}.
 */
package io.parallax.compare;
