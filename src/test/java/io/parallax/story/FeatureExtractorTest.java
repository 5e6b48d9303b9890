package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.clean.CleanArticle;
import io.parallax.model.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  @Test
  void theEventDateOfAnArticleComesFromItsLead() {
    Article a = Article.builder("x", "x",
            "Firefighters contained a blaze at a chemical plant near Houston on Tuesday, officials said. "
                + "The fire broke out in a storage tank shortly after nine in the morning and burned for hours. "
                + "Residents within a mile were told to stay indoors as a precaution. "
                + "The plant had a similar fire on June 2, 2019.")
        .published(LocalDate.of(2024, 8, 15).atStartOfDay().atOffset(ZoneOffset.UTC)).build();

    ArticleFeatures f = new FeatureExtractor().extract(CleanArticle.whole(a));

    assertThat(f.date()).contains(LocalDate.of(2024, 8, 13));
    assertThat(f.names()).containsKeys("houston").doesNotContainKey("firefighters");
    assertThat(f.times()).contains("d:2024-08-13", "wd:tuesday", "y:2019").doesNotContain("d:2019-06-02");
  }
}
