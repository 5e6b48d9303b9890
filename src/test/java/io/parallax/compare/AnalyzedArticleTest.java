package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Article;
import io.parallax.model.Span;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.QuoteMention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalyzedArticleTest {

  private static final String TEXT = "Talks resumed in Cairo. Both sides met.";
  private static final Article ARTICLE = Article.builder("a1", "test", TEXT).build();

  @Test
  void anAnnotatedArticleKeepsTheAnnotationsSentences() {
    Annotations ann = new Annotations(List.of(new Span(0, TEXT.length())), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    List<AnalyzedArticle> a = AnalyzedArticle.of(List.of(ComparedArticle.of(ARTICLE)), id -> ann);
    assertThat(a.get(0).sentences()).extracting(AnalyzedArticle.Sent::text).containsExactly(TEXT);
    assertThat(a.get(0).sentences().get(0).wordCount()).isEqualTo(7);
  }

  @Test
  void anAnnotatedArticleMarksTheTokensOfTheAnnotationsQuotationsInMarks() {
    Span cairo = new Span(TEXT.indexOf("Cairo"), TEXT.indexOf("Cairo") + 5);
    Annotations ann = new Annotations(List.of(new Span(0, TEXT.length())), List.of(), List.of(), List.of(),
        List.of(), List.of(new QuoteMention(cairo, Optional.empty(), Optional.empty())), List.of());
    List<AnalyzedArticle> a = AnalyzedArticle.of(List.of(ComparedArticle.of(ARTICLE)), id -> ann);
    assertThat(a.get(0).sentences().get(0).tokens()).filteredOn(AnalyzedArticle.Tok::inQuote)
        .extracting(AnalyzedArticle.Tok::text).containsExactly("Cairo");
  }

  @Test
  void anArticleNotAnnotatedIsSplitHere() {
    List<AnalyzedArticle> a = AnalyzedArticle.of(List.of(ComparedArticle.of(ARTICLE)));
    assertThat(a.get(0).sentences()).extracting(AnalyzedArticle.Sent::text)
        .containsExactly("Talks resumed in Cairo.", "Both sides met.");
  }
}
