package io.parallax.compare;

import java.util.List;

/**
 * Where the comparator gets an article's direct quotes from. The default is
 * {@link RuleQuoteSource}; an adapter over a fuller annotator (e.g. the {@code nlp} package's quote
 * annotations) can be passed to {@link EventComparator} instead.
 */
@FunctionalInterface
public interface QuoteSource {
  List<QuoteMention> quotes(ComparedArticle article);
}
