package io.parallax.bench;

import io.parallax.model.Article;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.Store;
import io.parallax.story.IncrementalStoryDetector;
import io.parallax.story.Stories;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * store with {@link IncrementalStoryDetector} (lexical: no embeddings on the hot path), then times
 * the assignment of 1,000 further new articles one by one.
 *
 * <p>Usage: {@code java -Xmx6g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * io.parallax.bench.StoryScaleBenchmark ../shared/data/ecbplus-dev/articles.jsonl WORKDIR 10000 100000}
 */
public final class StoryScaleBenchmark {

  private static final Pattern CAPITALISED = Pattern.compile("(?<=[a-z,;] )\\p{Lu}[a-z]{2,}");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vo", "sul", "den", "ba", "ri", "no", "gar", "el", "tu", "ship", "an"};

  public static void main(String[] args) throws Exception {
    List<Article> sources = Pipeline.readBodies(List.of(Path.of(args[0])));
    Path work = Path.of(args[1]);
    for (int k = 2; k < args.length; k++) {
      int n = Integer.parseInt(args[k]);
      run(sources, work.resolve("store-" + n), n);
    }
  }

  static void run(List<Article> sources, Path storeDir, int n) throws IOException {
    deleteRecursively(storeDir);
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long windowStart = start;
    double lastWindowRate = 0;
    double lastWindowCpu = 0;
    long windowCpu = cpuStart;
    try (Store store = Store.open(storeDir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      int window = Math.max(1000, n / 10);
      MessageDigest digest = sha256();
      for (int i = 0; i < n; i++) {
        record(digest, detector.assign(perturb(sources, i)));
        if ((i + 1) % 10_000 == 0) store.commit();
        if ((i + 1) % window == 0) {
          long now = System.nanoTime();
          long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          lastWindowRate = window / ((now - windowStart) / 1e9);
          lastWindowCpu = (cpu - windowCpu) / 1e6 / window;
          windowStart = now;
          windowCpu = cpu;
          System.err.printf(Locale.ROOT, "  %,d articles, %.0f articles/s (main thread CPU %.2f ms/article) in the last %,d; load %.1f%n",
              i + 1, lastWindowRate, lastWindowCpu, window, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
      }
      store.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMsPerArticle = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
      long[] times = new long[1000];
      for (int j = 0; j < times.length; j++) {
        Article a = perturb(sources, n + j);
        long t0 = System.nanoTime();
        Stories.Assignment assigned = detector.assign(a);
        times[j] = System.nanoTime() - t0;
        record(digest, assigned);
      }
      store.commit();
      Arrays.sort(times);
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long max = Runtime.getRuntime().maxMemory();
      System.out.printf(Locale.ROOT,
          "n=%d index: %.0f articles/s overall (main thread CPU %.2f ms/article), %.0f articles/s over the last tenth (%.1f ms/article, CPU %.2f ms); "
              + "assign one new article: p50 %.2f ms, p99 %.2f ms; heap after GC %d MiB (max %d MiB); index %d MiB; "
              + "assignments digest %s%n",
          n, n / seconds, cpuMsPerArticle, lastWindowRate, 1000 / lastWindowRate, lastWindowCpu, times[500] / 1e6, times[990] / 1e6,
          heap >> 20, max >> 20, size(storeDir) >> 20, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }
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
  static Article perturb(List<Article> sources, int i) {
    Article base = sources.get(i % sources.size());
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
    return Article.builder("bench-" + i, "bench", String.join("\n\n", paragraphs)).build();
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
