/**
 * The neutral brief of an event: 3-7 sentences taken from the articles, each citing the articles
 * that support it ({@link io.parallax.brief.Briefer}, {@link io.parallax.brief.BriefSentence}), and
 * the JSONL input reader of the {@code parallax brief} command.
 */
package io.parallax.brief;
