package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parallax.clean.CleanArticle;
import io.parallax.store.Store;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event and storyline B-cubed F1 on ECB+ dev (skipped when ../shared/data is absent). */
class EcbPlusEvaluationIT {

  @TempDir Path dir;

  @Test
  void batchDetectionOnEcbPlusDev() throws Exception {
    assumeTrue(EcbPlusDev.available(), "ECB+ dev data not found beside the repository");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);

    Stories stories = StoryDetector.standard().detect(dev.articles);

    double[] event = score(dev.goldEvent, stories, true);
    double[] storyline = score(dev.goldStoryline, stories, false);
    System.out.printf("ECB+ dev batch (default: stream events, embedding storylines): event B3 P=%.3f R=%.3f F1=%.3f; storyline B3 P=%.3f R=%.3f F1=%.3f%n",
        event[0], event[1], event[2], storyline[0], storyline[1], storyline[2]);
    // the stream-event default gives up some of ECB+ (0.926 with the lexical detector below) for
    // real streams (stream-dev 0.786 -> 0.90+, StreamEvaluationIT); docs/story.md
    assertThat(event[2]).isGreaterThan(0.84);
    assertThat(storyline[2]).isGreaterThan(0.94);
  }

  @Test
  void lexicalBatchDetectionOnEcbPlusDev() throws Exception {
    assumeTrue(EcbPlusDev.available(), "ECB+ dev data not found beside the repository");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);

    Stories stories = StoryDetector.lexical().detect(dev.articles);

    double[] event = score(dev.goldEvent, stories, true);
    double[] storyline = score(dev.goldStoryline, stories, false);
    System.out.printf("ECB+ dev batch, lexical: event B3 P=%.3f R=%.3f F1=%.3f; storyline B3 P=%.3f R=%.3f F1=%.3f%n",
        event[0], event[1], event[2], storyline[0], storyline[1], storyline[2]);
    assertThat(event[2]).isGreaterThan(0.92);
    assertThat(storyline[2]).isGreaterThan(0.915);
  }

  @Test
  void incrementalAssignmentOnEcbPlusDev() throws Exception {
    assumeTrue(EcbPlusDev.available(), "ECB+ dev data not found beside the repository");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    Map<String, String> event = new HashMap<>();
    Map<String, String> storyline = new HashMap<>();
    try (Store store = Store.open(dir.resolve("store"))) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (CleanArticle a : dev.articles) {
        Stories.Assignment as = detector.assign(a);
        event.put(as.articleId(), as.eventId());
        storyline.put(as.articleId(), as.storylineId());
      }
    }
    double[] e = EcbPlusDev.b3(dev.goldEvent, event);
    double[] s = EcbPlusDev.b3(dev.goldStoryline, storyline);
    System.out.printf("ECB+ dev incremental: event B3 P=%.3f R=%.3f F1=%.3f; storyline B3 P=%.3f R=%.3f F1=%.3f%n",
        e[0], e[1], e[2], s[0], s[1], s[2]);
    assertThat(e[2]).isGreaterThan(0.84);
    assertThat(s[2]).isGreaterThan(0.86);
  }

  static double[] score(Map<String, String> gold, Stories stories, boolean events) {
    Map<String, String> pred = new HashMap<>();
    for (Stories.Assignment a : stories.assignments()) pred.put(a.articleId(), events ? a.eventId() : a.storylineId());
    return EcbPlusDev.b3(gold, pred);
  }
}
