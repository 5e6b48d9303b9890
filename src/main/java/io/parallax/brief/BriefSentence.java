package io.parallax.brief;

import io.parallax.model.Span;
import java.util.List;

/**
 * One sentence of a brief.
 *
 * @param text the sentence, exactly as written in the article it is taken from (a leading
 *     connective such as "But" or "Meanwhile," may be dropped)
 * @param sources ids of the articles that support it: the one it is taken from first, then those
 *     carrying a matching sentence
 * @param spans where it stands in each supporting article
 */
public record BriefSentence(String text, List<String> sources, List<SourceSpan> spans) {
  public BriefSentence {
    sources = List.copyOf(sources);
    spans = List.copyOf(spans);
  }

  /**
   * A supporting passage.
   *
   * @param articleId the article
   * @param part "text" when {@code span} points into {@code article.text()}, "title" when into its title
   * @param span the characters of that part
   */
  public record SourceSpan(String articleId, String part, Span span) {}
}
