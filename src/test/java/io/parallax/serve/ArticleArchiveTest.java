package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleArchiveTest {

  @TempDir Path dir;

  @Test
  void cleanedArticlesComeBackAsTheyWereWritten() throws Exception {
    List<CleanArticle> read = Pipeline.readAndClean(List.of(ServedStore.SAMPLE, ServedStore.HOSTILE)).articles();
    assertThat(read).hasSize(7);
    ArticleArchive archive = ArticleArchive.of(dir);
    for (CleanArticle c : read) archive.put(c);
    archive.put(read.get(0)); // writing again replaces
    for (CleanArticle c : read) assertThat(archive.get(c.id())).hasValue(c);
    assertThat(archive.all()).containsExactlyInAnyOrderElementsOf(read);
    assertThat(archive.get("not-there")).isEmpty();
  }
}
