package io.parallax.clean;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article with its furniture identified.
 *
 * @param article the article, with outlet and agency filled in from the text when metadata lacked them
 * @param paragraphs the kept body paragraphs, as trimmed spans into {@code article.text()}
 * @param removed the removed lines, in text order
 * @param inferred which metadata values were read from which lines
 */
public record CleanArticle(Article article, List<Span> paragraphs, List<Removal> removed, List<Inference> inferred) {

  public CleanArticle {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    inferred = List.copyOf(inferred);
  }

  /** The cleaned body: the kept paragraphs, separated by blank lines. */
  public String text() {
    String original = article.text();
    return paragraphs.stream().map(p -> p.textOf(original)).collect(Collectors.joining("\n\n"));
  }

  /**
   * {@code article} with its whole text kept as one paragraph and nothing removed: for text that is
   * already clean (tests, and callers that hold a body without furniture).
   */
  public static CleanArticle whole(Article article) {
    Span all = new Span(0, article.text().length()).trim(article.text());
    return new CleanArticle(article, all.isEmpty() ? List.of() : List.of(all), List.of(), List.of());
  }

  public String id() {
    return article.id();
  }
}
