package io.parallax.compare;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One article of an event as the comparator sees it.
 *
 * @param article the article as read
 * @param kept the regions of {@code article.text()} kept after furniture cleaning (captions,
 *     "Short link:", "Related ..." lines removed); everything outside is ignored
 */
public record ComparedArticle(Article article, List<Span> kept) {

  public ComparedArticle {
    Objects.requireNonNull(article, "article");
    kept = List.copyOf(kept);
    for (Span s : kept) {
      if (s.end() > article.text().length()) {
        throw new IllegalArgumentException("Kept region " + s + " runs past the end of article "
            + article.id() + " (length " + article.text().length() + "); pass spans into its text");
      }
    }
  }

  /** The whole text kept. */
  public static ComparedArticle of(Article article) {
    return new ComparedArticle(article, List.of(new Span(0, article.text().length())));
  }

  public String id() {
    return article.id();
  }

  /** The outlet name, else the agency, else the article id (so every article counts as a source). */
  public String outletOrId() {
    return article.outlet().or(article::agency).orElse(article.id());
  }
}
