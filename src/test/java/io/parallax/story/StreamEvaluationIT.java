package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event detection on the realistic development sets (../shared/data): a dated stream with many
 * same-topic stories (stream-dev), three-outlet stories (brief-dev, gold from its {@code story} field)
 * and a mostly-singleton mix (mixed-dev). Floors just under the figures in the README.
 */
class StreamEvaluationIT {

  @TempDir Path dir;

  @Test
  void batchAndIncrementalOnStreamDev() throws Exception {
    Path set = available("stream-dev");
    List<CleanArticle> articles = Pipeline.readCleaned(List.of(set.resolve("articles.jsonl")));
    Map<String, String> gold = gold(set.resolve("gold.tsv"));

    double[] batch = EcbPlusDev.b3(gold, events(StoryDetector.standard().detect(articles)));

    List<CleanArticle> inOrder = new ArrayList<>(articles);
    inOrder.sort(Comparator.comparing((CleanArticle a) -> a.article().published().map(OffsetDateTime::toInstant).orElse(java.time.Instant.MIN)));
    Map<String, String> incremental = new HashMap<>();
    try (Store store = Store.open(dir.resolve("store"))) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.standard(store, IncrementalStoryDetector.DEFAULT_WINDOW);
      for (CleanArticle a : inOrder) incremental.put(a.id(), detector.assign(a).eventId());
    }
    double[] inc = EcbPlusDev.b3(gold, incremental);
    System.out.printf("stream-dev event B3: batch P=%.3f R=%.3f F1=%.3f; incremental P=%.3f R=%.3f F1=%.3f%n",
        batch[0], batch[1], batch[2], inc[0], inc[1], inc[2]);
    assertThat(batch[2]).isGreaterThan(0.89);
    assertThat(inc[2]).isGreaterThan(0.89);
    assertThat(Math.abs(batch[2] - inc[2])).isLessThanOrEqualTo(0.02);
  }

  @Test
  void briefDevStoriesAreEvents() throws Exception {
    Path set = available("brief-dev");
    List<CleanArticle> articles = Pipeline.readCleaned(List.of(set.resolve("articles.jsonl")));
    Map<String, String> gold = new LinkedHashMap<>();
    for (CleanArticle a : articles) gold.put(a.id(), a.article().attributes().get("story")); // the gold; the detector never reads it

    double[] b3 = EcbPlusDev.b3(gold, events(StoryDetector.standard().detect(articles)));
    System.out.printf("brief-dev event B3 P=%.3f R=%.3f F1=%.3f%n", b3[0], b3[1], b3[2]);
    assertThat(b3[2]).isGreaterThan(0.83);
  }

  @Test
  void aMostlySingletonMixBeatsPuttingEveryArticleAlone() throws Exception {
    Path set = available("mixed-dev");
    Map<String, String> gold = gold(set.resolve("gold.tsv"));

    double[] b3 = EcbPlusDev.b3(gold, events(StoryDetector.standard().detect(
        Pipeline.readCleaned(List.of(set.resolve("articles.jsonl"))))));
    Map<String, String> alone = new HashMap<>();
    for (String id : gold.keySet()) alone.put(id, id);
    double[] singletons = EcbPlusDev.b3(gold, alone);
    System.out.printf("mixed-dev event B3 P=%.3f R=%.3f F1=%.3f (every article alone: %.3f)%n", b3[0], b3[1], b3[2], singletons[2]);
    assertThat(b3[2]).isGreaterThan(0.85).isGreaterThan(singletons[2] + 0.02);
  }

  /** The development set {@code name} beside ECB+'s; the test is skipped when it is not there. */
  private static Path available(String name) {
    Path set = EcbPlusDev.DIR.resolveSibling(name);
    assumeTrue(Files.isRegularFile(set.resolve("articles.jsonl")), name + " not found beside the repository");
    return set;
  }

  private static Map<String, String> events(Stories stories) {
    Map<String, String> out = new HashMap<>();
    for (Stories.Assignment a : stories.assignments()) out.put(a.articleId(), a.eventId());
    return out;
  }

  private static Map<String, String> gold(Path tsv) throws java.io.IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      if (f.length >= 3) gold.put(f[0], f[2]);
    }
    return gold;
  }
}
