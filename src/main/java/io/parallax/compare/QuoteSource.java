package io.parallax.compare;

import io.parallax.nlp.Mentions;
import io.parallax.nlp.QuoteMention;
import java.util.List;
import java.util.Optional;

/**
 * Where the comparator gets an article's direct quotes from. The default is {@link #rules()}; an
 * adapter over the annotations ({@link AnnotatorSources}) is what the pipeline passes.
 */
@FunctionalInterface
public interface QuoteSource {
  List<QuoteMention> quotes(ComparedArticle article);

  /** The quotations in quotation marks of the kept text, attributed by rules (an article not annotated). */
  static QuoteSource rules() {
    return a -> Mentions.quotes(Optional.empty(), a.article().text(), a.kept());
  }
}
