package io.parallax.bench;

import io.parallax.clean.CleanArticle;
import io.parallax.model.Article;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.Store;
import io.parallax.story.IncrementalStoryDetector;
import io.parallax.story.Stories;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scale benchmark of incremental story detection (not a test). Generates N articles from the ECB+ dev
 * articles by perturbation (shuffled sentences, substituted names, years and weekdays; each copy
 * "variant" of a source article gets its own consistent substitutions), indexes them into a fresh
 * store with {@link IncrementalStoryDetector} (lexical: no embeddings on the hot path) in one pass;
 * when the store holds a checkpoint's number of articles, the assignment of the next 1,000 new
 * articles is timed one by one and the figures for that size are printed.
 *
 * <p>Usage: {@code java -Xmx10g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * io.parallax.bench.StoryScaleBenchmark ../shared/data/ecbplus-dev/articles.jsonl WORKDIR 10000 100000 1000000 [--window=N]}
 */
public final class StoryScaleBenchmark {

  private static final Pattern CAPITALISED = Pattern.compile("(?<=[a-z,;] )\\p{Lu}[a-z]{2,}");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vo", "sul", "den", "ba", "ri", "no", "gar", "el", "tu", "ship", "an"};

  /** Assignments timed one by one at each checkpoint. */
  static final int PROBES = 1000;

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("Usage: StoryScaleBenchmark ARTICLES.jsonl WORKDIR CHECKPOINT... "
          + "(e.g. ../shared/data/ecbplus-dev/articles.jsonl /tmp/bench 10000 100000 1000000)");
    }
    List<CleanArticle> sources = Pipeline.readCleaned(List.of(Path.of(args[0])));
    Path work = Path.of(args[1]);
    long window = Arrays.stream(args, 2, args.length).filter(a -> a.startsWith("--window="))
        .mapToLong(a -> Long.parseLong(a.substring("--window=".length()))).findFirst()
        .orElse(IncrementalStoryDetector.DEFAULT_WINDOW);
    int[] checkpoints = Arrays.stream(args, 2, args.length).filter(a -> !a.startsWith("--"))
        .mapToInt(Integer::parseInt).sorted().toArray();
    System.out.printf(Locale.ROOT, "retrieval window: %,d articles%n", window);
    run(sources, work.resolve("store"), checkpoints, window);
  }

  /**
   * One pass over a fresh store: articles are generated and assigned one at a time (never held in
   * memory); when the store holds a checkpoint's number of articles, the next {@value #PROBES} new
   * articles are timed one by one and the figures for that size are printed (then indexing goes on).
   */
  static void run(List<CleanArticle> sources, Path storeDir, int[] checkpoints, long window) throws IOException {
    deleteRecursively(storeDir);
    var threads = ManagementFactory.getThreadMXBean();
    int last = checkpoints[checkpoints.length - 1];
    // wall and main-thread CPU time at every 1,000 articles, for rates over any window
    long[] wall = new long[last / 1000 + 2];
    long[] cpu = new long[wall.length];
    wall[0] = System.nanoTime();
    cpu[0] = threads.getCurrentThreadCpuTime();
    MessageDigest digest = sha256();
    try (Store store = Store.open(storeDir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store, window);
      int next = 0; // next checkpoint
      long[] probe = null;
      int probed = 0;
      for (int i = 0; i < last + PROBES; i++) {
        CleanArticle a = perturb(sources, i);
        long t0 = System.nanoTime();
        Stories.Assignment assigned = detector.assign(a);
        long t = System.nanoTime() - t0;
        record(digest, assigned);
        if (probe != null) {
          probe[probed++] = t;
          if (probed == PROBES) {
            report(checkpoints[next], probe, wall, cpu, store, storeDir, digest);
            probe = null;
            next++;
          }
        }
        int done = i + 1;
        if (done % 1000 == 0 && done / 1000 < wall.length) {
          wall[done / 1000] = System.nanoTime();
          cpu[done / 1000] = threads.getCurrentThreadCpuTime();
          if (done % 10_000 == 0) {
            store.commit();
            long k = done / 1000;
            System.err.printf(Locale.ROOT, "  %,d articles: %.0f articles/s (main thread CPU %.2f ms/article) over the last 10,000; load %.1f%n",
                done, 10_000 / ((wall[(int) k] - wall[(int) k - 10]) / 1e9), (cpu[(int) k] - cpu[(int) k - 10]) / 1e6 / 10_000,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
          }
        }
        if (next < checkpoints.length && done == checkpoints[next]) {
          store.commit();
          probe = new long[PROBES];
          probed = 0;
        }
      }
    }
  }

  private static void report(int n, long[] probe, long[] wall, long[] cpu, Store store, Path storeDir, MessageDigest digest)
      throws IOException {
    long k = n / 1000;
    long tenth = Math.max(1, k / 10);
    double seconds = (wall[(int) k] - wall[0]) / 1e9;
    double lastRate = tenth * 1000 / ((wall[(int) k] - wall[(int) (k - tenth)]) / 1e9);
    double lastCpu = (cpu[(int) k] - cpu[(int) (k - tenth)]) / 1e6 / (tenth * 1000);
    long[] sorted = probe.clone();
    Arrays.sort(sorted);
    store.commit();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long max = Runtime.getRuntime().maxMemory();
    MessageDigest soFar;
    try {
      soFar = (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
    System.out.printf(Locale.ROOT,
        "n=%d index: %.0f articles/s overall (main thread CPU %.2f ms/article), %.0f articles/s over the last tenth "
            + "(%.1f ms/article, CPU %.2f ms); assign one new article: p50 %.2f ms, p99 %.2f ms, max %.1f ms; "
            + "heap after GC %d MiB (max %d MiB); index %d MiB; load %.1f; assignments digest %s%n",
        n, n / seconds, (cpu[(int) k] - cpu[0]) / 1e6 / n, lastRate, 1000 / lastRate, lastCpu,
        sorted[PROBES / 2] / 1e6, sorted[PROBES * 99 / 100] / 1e6, sorted[PROBES - 1] / 1e6,
        heap >> 20, max >> 20, size(storeDir) >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        HexFormat.of().formatHex(soFar.digest()).substring(0, 16));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Feeds one assignment into the digest that identifies a run's results (same digest = same assignments). */
  private static void record(MessageDigest digest, Stories.Assignment a) {
    digest.update((a.articleId() + " " + a.eventId() + " " + a.storylineId() + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Copy number {@code i}: source {@code i % sources}, variant {@code i / sources} with its own names and dates. */
  static CleanArticle perturb(List<CleanArticle> sources, int i) {
    CleanArticle base = sources.get(i % sources.size());
    int variant = i / sources.size();
    Random r = new Random(31L * i + 7);
    Random v = new Random(1_000_003L * variant + i % sources.size());
    String text = base.text();
    if (variant > 0) {
      Map<String, String> names = new HashMap<>();
      Matcher m = CAPITALISED.matcher(text);
      StringBuilder b = new StringBuilder();
      while (m.find()) m.appendReplacement(b, names.computeIfAbsent(m.group(), x -> name(v)));
      m.appendTail(b);
      int yearShift = v.nextInt(15) - 7;
      m = YEAR.matcher(b.toString());
      StringBuilder c = new StringBuilder();
      while (m.find()) m.appendReplacement(c, String.valueOf(Integer.parseInt(m.group()) + yearShift));
      m.appendTail(c);
      String day = DAYS[v.nextInt(DAYS.length)];
      text = WEEKDAY.matcher(c.toString()).replaceAll(day);
    }
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n+")));
    if (paragraphs.size() > 2) Collections.shuffle(paragraphs.subList(1, paragraphs.size()), r);
    return CleanArticle.whole(Article.builder("bench-" + i, "bench", String.join("\n\n", paragraphs)).build());
  }

  private static String name(Random v) {
    StringBuilder s = new StringBuilder();
    int parts = 2 + v.nextInt(2);
    for (int p = 0; p < parts; p++) s.append(SYLLABLES[v.nextInt(SYLLABLES.length)]);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
