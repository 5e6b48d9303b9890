package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.cli.InterimArticleReader;
import io.parallax.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The detector with MiniLM embeddings (loads the model, hence an IT). */
class StoryDetectorEmbeddingIT {

  @Test
  void sampleCorpusIsTwoCallsInOneStorylineWithEmbeddings() throws Exception {
    List<Article> articles = InterimArticleReader.readAll(List.of(Path.of("corpus", "rafah-2024")));

    Stories stories = StoryDetector.withEmbeddings().detect(articles);

    Map<String, String> event = StoryDetectorTest.eventOf(stories);
    assertThat(stories.storylines()).hasSize(1);
    assertThat(stories.events()).hasSize(2);
    assertThat(List.of(event.get("001"), event.get("002"), event.get("003"))).containsOnly(event.get("000"));
    assertThat(event.get("004")).isNotEqualTo(event.get("000"));
  }
}
