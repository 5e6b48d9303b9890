package io.parallax.bench;
import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.Store;
import io.parallax.story.IncrementalStoryDetector;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.*;
/**
 * Diagnostic of the slowest assignments (not a benchmark of record): streams the generated articles of
 * {@link StoryScaleBenchmark} into a fresh store, times every assignment from article FROM to TO, and
 * flags each with whether the store refreshed its searcher, the detector refreshed its statistics, or
 * a garbage collection ran during it (read through reflection on private fields, so it breaks loudly
 * when they are renamed). Prints p50/p99/p99.5, main-thread CPU per article, the collections, and
 * what the slowest 1% had in common.
 * Usage: {@code AssignmentTail ARTICLES.jsonl FRESH_STORE_DIR FROM TO} (run with {@code -XX:+UseZGC} to compare collectors).
 */
public final class AssignmentTail {
  public static void main(String[] args) throws Exception {
    List<CleanArticle> sources = Pipeline.readCleaned(List.of(Path.of(args[0])));
    int from = Integer.parseInt(args[2]), to = Integer.parseInt(args[3]);

    try (Store store = Store.open(Path.of(args[1]))) {
      IncrementalStoryDetector d = IncrementalStoryDetector.lexical(store, IncrementalStoryDetector.DEFAULT_WINDOW);
      Field wsr = Store.class.getDeclaredField("writesSinceRefresh"); wsr.setAccessible(true);
      Field st = IncrementalStoryDetector.class.getDeclaredField("stats"); st.setAccessible(true);
      Object stats = st.get(d);
      Field aaf = stats.getClass().getDeclaredField("arrivedAtFill"); aaf.setAccessible(true);
      List<long[]> rows = new ArrayList<>();
      List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
      long cpu0 = 0, gcTime0 = 0, gcCount0 = 0;
      for (int i = 0; i < to; i++) {
        CleanArticle a = StoryScaleBenchmark.perturb(sources, i);
        if (i == from) { cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); for (var g : gcs) { gcTime0 += g.getCollectionTime(); gcCount0 += g.getCollectionCount(); } }
        long g0 = 0; for (var g : gcs) g0 += g.getCollectionCount();
        int w0 = wsr.getInt(store); long f0 = aaf.getLong(stats);
        long t0 = System.nanoTime();
        d.assign(a);
        long t = System.nanoTime() - t0;
        int w1 = wsr.getInt(store); long f1 = aaf.getLong(stats);
        long g1 = 0; for (var g : gcs) g1 += g.getCollectionCount();
        if (i >= from) rows.add(new long[] {t, w1 < w0 ? 1 : 0, f1 != f0 ? 1 : 0, g1 != g0 ? 1 : 0});
        if ((i + 1) % 10_000 == 0) store.commit();
      }
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
      long gcTime = -gcTime0, gcCount = -gcCount0;
      for (var g : gcs) { gcTime += g.getCollectionTime(); gcCount += g.getCollectionCount(); }
      System.out.printf("main-thread CPU %.2f ms/article; collections %d, collection time %d ms (%s)%n", cpu / 1e6 / (to - from), gcCount, gcTime,
          gcs.stream().map(GarbageCollectorMXBean::getName).toList());
      rows.sort((x, y) -> Long.compare(y[0], x[0]));
      int n = rows.size();
      System.out.printf("articles %d..%d: p50 %.2f p99 %.2f p99.5 %.2f ms%n", from, to, rows.get(n / 2)[0] / 1e6, rows.get(n / 100)[0] / 1e6, rows.get(n / 200)[0] / 1e6);
      int refreshes = 0, statRefreshes = 0;
      for (long[] r : rows) { refreshes += r[1]; statRefreshes += r[2]; }
      System.out.printf("store refreshes %d, statistics refreshes %d over %d articles%n", refreshes, statRefreshes, n);
      int top = n / 100;
      int withRefresh = 0, withStats = 0, withGc = 0;
      for (int k = 0; k < top; k++) { withRefresh += rows.get(k)[1]; withStats += rows.get(k)[2]; withGc += rows.get(k)[3]; }
      System.out.printf("slowest 1%% (%d): with a store refresh %d, with a statistics refresh %d, with a collection %d; slowest 20:%n", top, withRefresh, withStats, withGc);
      for (int k = 0; k < 20; k++) System.out.printf("  %.1f ms refresh=%d stats=%d gc=%d%n", rows.get(k)[0] / 1e6, rows.get(k)[1], rows.get(k)[2], rows.get(k)[3]);
    }
  }
}
