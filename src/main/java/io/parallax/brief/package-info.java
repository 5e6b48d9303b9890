/**
 * The neutral brief of an event: 3-7 sentences taken from the articles, each citing the articles
 * that support it ({@link io.parallax.brief.Briefer}, {@link io.parallax.brief.BriefSentence}); the
 * learned content selection ({@link io.parallax.brief.SelectionModel}, trained by
 * {@link io.parallax.brief.BriefTrainer} on stories with editors' summaries) and the ROUGE-L the
 * shared scorer computes ({@link io.parallax.brief.Rouge}). It reads the event's
 * {@link io.parallax.compare.AnalyzedArticle}s the comparison already built.
 */
package io.parallax.brief;
