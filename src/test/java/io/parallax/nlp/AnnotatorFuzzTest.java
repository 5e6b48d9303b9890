package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.List;

/**
 * Fuzzes the tokenizer and the annotator on any text: no exception, no stack overflow, every span
 * inside the text and in text order, and no non-space character left out of the tokens. Seeds:
 * {@code src/test/resources/io/parallax/nlp/AnnotatorFuzzTestInputs/}.
 */
class AnnotatorFuzzTest {

  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
  private static final NewsAnnotator ANNOTATOR = new NewsAnnotator();

  @FuzzTest(maxDuration = "20s")
  void tokensCoverEveryNonSpaceCharacter(@NotNull String text) {
    List<Span> tokens = TOKENIZER.tokenize(text, new Span(0, text.length()));

    int covered = 0;
    for (Span t : tokens) {
      assertThat(t.start()).isGreaterThanOrEqualTo(covered);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(covered, t.start())).matches("[ \\t\\n\\x0B\\f\\r]*");
      covered = t.end();
    }
    assertThat(text.substring(covered)).matches("[ \\t\\n\\x0B\\f\\r]*");
  }

  @FuzzTest(maxDuration = "20s")
  void annotateNeverThrows(@NotNull String text) {
    Article article = Article.builder("fuzz", "fuzz", text).build();

    Annotations got = ANNOTATOR.annotate(article);

    inOrderInside(got.sentences(), text);
    inOrderInside(got.entities().stream().map(Entity::span).toList(), text);
    inOrderInside(got.quantities().stream().map(Quantity::span).toList(), text);
    inOrderInside(got.times().stream().map(TimeExpression::span).toList(), text);
    for (Quote q : got.quotes()) {
      assertThat(q.content().end()).isLessThanOrEqualTo(text.length());
      q.speakerSpan().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }
  }

  private static void inOrderInside(List<Span> spans, String text) {
    int start = 0;
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(start);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      start = s.start();
    }
  }
}
