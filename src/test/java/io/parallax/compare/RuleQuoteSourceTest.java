package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleQuoteSourceTest {

  @Test
  void speakersAfterBeforeAndByPronounAndContinuation() {
    String text = """
        “The bridge will reopen in June,” said Transport Minister Lena Okafor.
        Okafor told reporters: "We have checked every cable."
        "Nobody should worry," she added.
        "The inspectors agree with us."
        A ‘temporary’ ferry will run until then.""";
    List<QuoteMention> q = new RuleQuoteSource().quotes(ComparedArticle.of(Article.builder("b", "b", text).build()));
    assertThat(q).extracting(m -> m.content().textOf(text)).containsExactly(
        "The bridge will reopen in June,", "We have checked every cable.", "Nobody should worry,",
        "The inspectors agree with us.", "temporary");
    assertThat(q).extracting(m -> m.speaker().map(QuoteProvenance::cleanName).orElse("-"))
        .containsExactly("Lena Okafor", "Okafor", "Okafor", "Okafor", "-");
  }
}
