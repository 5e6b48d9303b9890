package io.parallax.story;

import io.parallax.model.Article;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stream benchmark (not a test): replays a dated development stream through incremental story
 * detection ({@code parallax index}'s detector, {@link IncrementalStoryDetector#standard}) in order of
 * publication, into a fresh store, and prints event B3 against the gold file, the time per assignment
 * (p50, p99, max; the event encoder's embedding of the article included) and the end-to-end rate.
 *
 * <pre>scripts/bench main io.parallax.story.StreamReplay ../shared/data/stream-dev/articles.jsonl ../shared/data/stream-dev/gold.tsv</pre>
 */
public final class StreamReplay {

  private StreamReplay() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: StreamReplay ARTICLES.jsonl GOLD.tsv   (gold: id<TAB>storyline<TAB>event, with a header)");
      System.exit(2);
    }
    long startRead = System.nanoTime();
    List<Article> articles = new ArrayList<>(Pipeline.readBodies(List.of(Path.of(args[0]))));
    articles.sort(Comparator.comparing((Article a) -> a.published().map(OffsetDateTime::toInstant).orElse(java.time.Instant.MIN)));
    Map<String, String> goldEvent = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      if (f.length >= 3) goldEvent.put(f[0], f[2]);
    }
    Path dir = Files.createTempDirectory("parallax-stream-replay");
    Map<String, String> event = new HashMap<>();
    long[] nanos = new long[articles.size()];
    long start = System.nanoTime();
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.standard(store, IncrementalStoryDetector.DEFAULT_WINDOW);
      for (int i = 0; i < articles.size(); i++) {
        long t = System.nanoTime();
        Stories.Assignment a = detector.assign(articles.get(i));
        nanos[i] = System.nanoTime() - t;
        event.put(a.articleId(), a.eventId());
      }
      store.commit();
    }
    long total = System.nanoTime() - start;
    double[] b3 = EcbPlusDev.b3(goldEvent, event);
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    // the first assignment loads the event encoder: reported apart from the steady state
    long[] steady = Arrays.copyOfRange(nanos, Math.min(1, nanos.length), nanos.length);
    Arrays.sort(steady);
    System.out.printf("%d articles replayed in order of publication (read in %.1f s)%n", articles.size(),
        (start - startRead) / 1e9);
    System.out.printf("event B3 P=%.3f R=%.3f F1=%.3f%n", b3[0], b3[1], b3[2]);
    System.out.printf("assignment incl. embedding: p50 %.2f ms, p99 %.2f ms, max %.2f ms (first, with model load: %.0f ms)%n",
        pct(steady, 0.50), pct(steady, 0.99), steady.length == 0 ? 0 : steady[steady.length - 1] / 1e6, nanos[0] / 1e6);
    System.out.printf("end to end: %.1f articles/s (%.1f s)%n", articles.size() / (total / 1e9), total / 1e9);
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
