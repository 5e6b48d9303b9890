package io.parallax.compare;

import io.parallax.nlp.MarkedQuotes;
import io.parallax.nlp.QuoteMention;
import java.util.List;

/**
 * Where the comparator gets an article's direct quotes from. The default is {@link #rules()}; an
 * adapter over the annotations ({@link AnnotatorSources}) is what the pipeline passes.
 */
@FunctionalInterface
public interface QuoteSource {
  List<QuoteMention> quotes(ComparedArticle article);

  /** The quotations in quotation marks of the kept text, attributed by the rules of {@link MarkedQuotes}. */
  static QuoteSource rules() {
    return a -> MarkedQuotes.find(a.article().text(), a.kept());
  }
}
