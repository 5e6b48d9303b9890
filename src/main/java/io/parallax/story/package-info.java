/**
 * Event and storyline detection: which articles report the same happening (an <em>event</em>: one call,
 * one vote, one strike) and which events belong to one developing <em>storyline</em> (same actors and
 * subject over time).
 *
 * <p>Owns the document features used for the decision ({@link io.parallax.story.ArticleFeatures}:
 * content terms, capitalised names, time expressions, numbers, an optional document embedding from
 * {@link io.parallax.nlp.TextEmbedder}), the
 * pair evidence and calibrated pair models ({@link io.parallax.story.PairEvidence},
 * {@link io.parallax.story.StoryModel}, {@link io.parallax.story.StoryConfig}), the batch detector
 * ({@link io.parallax.story.StoryDetector}) and the incremental assigner backed by the store
 * ({@link io.parallax.story.IncrementalStoryDetector}).
 */
package io.parallax.story;
