package io.parallax.nlp;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.List;

/**
 * Annotates an article: sentences, named entities, quotes with speakers, quantities and time
 * expressions. Implementations are thread-safe.
 */
public interface Annotator {

  /**
   * Annotates the parts {@code regions} of the article's text (the spans kept after furniture
   * cleaning, in order, non-overlapping); nothing outside them is annotated, and no quote crosses
   * from one region into another unless they are adjacent paragraphs. Time expressions are
   * normalised against {@code article.published()} when present.
   */
  Annotations annotate(Article article, List<Span> regions);

  /** Annotates the whole text. */
  default Annotations annotate(Article article) {
    return annotate(article, List.of(new Span(0, article.text().length())));
  }
}
