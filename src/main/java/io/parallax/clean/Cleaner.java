package io.parallax.clean;

import io.parallax.model.Article;
import java.util.List;

/** Identifies the furniture of a batch of articles (a batch, so repetition across articles counts). */
@FunctionalInterface
public interface Cleaner {

  /** One {@link CleanArticle} per input article, in the same order. */
  List<CleanArticle> clean(List<Article> articles);
}
