package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
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
 * publication, into a fresh store, as {@code parallax index} does (groups of 32 articles embedded
 * together, then assigned one by one), and prints event B3 against the gold file, the time per
 * assignment decision (p50, p99, max), the embedding time per article and the end-to-end rate.
 *
 * <pre>scripts/bench main io.parallax.story.StreamReplay ../shared/data/stream-dev/articles.jsonl ../shared/data/stream-dev/gold.tsv</pre>
 */
public final class StreamReplay {

  private static final int GROUP = 32;

  private StreamReplay() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: StreamReplay ARTICLES.jsonl GOLD.tsv   (gold: id<TAB>storyline<TAB>event, with a header)");
      System.exit(2);
    }
    long startRead = System.nanoTime();
    List<CleanArticle> articles = new ArrayList<>(Pipeline.readCleaned(List.of(Path.of(args[0]))));
    articles.sort(Comparator.comparing((CleanArticle a) -> a.article().published().map(OffsetDateTime::toInstant).orElse(java.time.Instant.MIN)));
    Map<String, String> goldEvent = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      if (f.length >= 3) goldEvent.put(f[0], f[2]);
    }
    Path dir = Files.createTempDirectory("parallax-stream-replay");
    Map<String, String> event = new HashMap<>();
    long[] nanos = new long[articles.size()];
    long start;
    long embedding = 0;
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.standard(store, IncrementalStoryDetector.DEFAULT_WINDOW);
      MiniLm embedder = MiniLm.events();
      embedder.embed(List.of("warm-up")); // the model load, reported apart
      start = System.nanoTime();
      // as `parallax index` does: groups of articles embedded together, then assigned one by one
      for (int from = 0; from < articles.size(); from += GROUP) {
        List<CleanArticle> group = articles.subList(from, Math.min(articles.size(), from + GROUP));
        long t = System.nanoTime();
        List<float[]> vectors = embedder.embed(group.stream().map(FeatureExtractor::embeddingText).toList());
        embedding += System.nanoTime() - t;
        for (int i = 0; i < group.size(); i++) {
          t = System.nanoTime();
          Stories.Assignment a = detector.assign(group.get(i), vectors.get(i));
          nanos[from + i] = System.nanoTime() - t;
          event.put(a.articleId(), a.eventId());
        }
      }
      store.commit();
    }
    long total = System.nanoTime() - start;
    double[] b3 = EcbPlusDev.b3(goldEvent, event);
    long[] steady = nanos.clone();
    Arrays.sort(steady);
    System.out.printf("%d articles replayed in order of publication (read in %.1f s)%n", articles.size(),
        (start - startRead) / 1e9);
    System.out.printf("event B3 P=%.3f R=%.3f F1=%.3f%n", b3[0], b3[1], b3[2]);
    System.out.printf("assignment (the decision, embedding done): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        pct(steady, 0.50), pct(steady, 0.99), steady.length == 0 ? 0 : steady[steady.length - 1] / 1e6);
    System.out.printf("embedding (groups of %d): %.2f ms per article%n", GROUP, embedding / 1e6 / Math.max(1, articles.size()));
    System.out.printf("end to end, embedding included: %.1f articles/s (%.1f s)%n", articles.size() / (total / 1e9), total / 1e9);
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
