package io.parallax.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import io.parallax.story.StoryDetector;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput harness (not a test) for BENCHMARKS.md, each mode in a JVM of its own:
 *
 * <pre>
 *   make N OUT.jsonl SET.jsonl...   N articles cycled from the sets, copy k with ids suffixed "-rk" and
 *                                   publication dates spread over 30 days, month k (the sets' own dates
 *                                   are replaced: one month of news per copy)
 *   make N OUT.jsonl --days D SET...  the same with the dates of each copy spread over D days (D = 1: a
 *                                   crawl's day, every article in one time window)
 *   spark INPUT.jsonl MASTER [events]  the Spark job (events: no annotation, comparison or brief)
 *   blocking INPUT.jsonl MASTER CELL_SIZE PROBES  events twice in one Spark session, exact and blocked by
 *                                   embedding cells; prints both times, the candidate blocks and the B3
 *                                   of the blocked events against the exact ones
 *   recall INPUT.jsonl CELL_SIZE:PROBES...  no Spark: the event vectors of the input as one time window;
 *                                   per setting, the share of each article's exact 30 nearest (and of those
 *                                   with cosine >= 0.5, the ones that can join an event) found in its
 *                                   probed cells, and the vectors compared per article
 *   single INPUT.jsonl [events]        the single JVM: `analyze`'s Pipeline.run, or with events `cluster`'s
 *                                      prepare + StoryDetector.detect
 * </pre>
 *
 * Prints one line: mode, articles, wall seconds (JVM start excluded, model loading and reading
 * included), articles/s.
 */
public final class SparkThroughput {

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "make" -> {
        boolean days = args.length > 4 && args[3].equals("--days");
        make(Integer.parseInt(args[1]), Path.of(args[2]), days ? Integer.parseInt(args[4]) : 30,
            List.of(args).subList(days ? 5 : 3, args.length));
      }
      case "recall" -> recall(Path.of(args[1]), List.of(args).subList(2, args.length));
      case "blocking" -> blocking(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "spark" -> spark(args[1], args[2], args.length > 3 && args[3].equals("events"));
      case "single" -> single(Path.of(args[1]), args.length > 2 && args[2].equals("events"));
      default -> throw new IllegalArgumentException("Unknown mode '" + args[0] + "'; use make, spark or single");
    }
  }

  static void make(int n, Path out, int days, List<String> sets) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (String s : sets) lines.addAll(Files.readAllLines(Path.of(s), StandardCharsets.UTF_8));
    lines.removeIf(String::isBlank);
    LocalDate base = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        int copy = i / lines.size();
        int line = i % lines.size();
        ObjectNode o = (ObjectNode) json.readTree(lines.get(line));
        String id = o.has("id") ? o.get("id").asText() : "line" + line;
        o.put("id", id + "-r" + copy);
        o.put("published", base.plusDays(31L * copy + Math.floorMod(id.hashCode(), days)).toString());
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    }
    System.out.printf("made %d articles from %d lines -> %s%n", n, lines.size(), out);
  }

  static void spark(String input, String master, boolean eventsOnly) throws Exception {
    Path out = Files.createTempDirectory("parallax-spark-bench");
    long start = System.nanoTime();
    SparkSession spark = SparkSession.builder().master(master).appName("bench").config("spark.ui.enabled", "false")
        .getOrCreate();
    SparkJob.Result r = SparkJob.run(spark, List.of(input), out.toString(), !eventsOnly);
    double s = (System.nanoTime() - start) / 1e9;
    spark.stop();
    report("spark " + master + (eventsOnly ? " events" : " full"), r.processed(), s);
  }

  static void blocking(String input, String master, int cellSize, int probes) throws Exception {
    SparkSession spark = SparkSession.builder().master(master).appName("bench").config("spark.ui.enabled", "false")
        .getOrCreate();
    try {
      Path exact = Files.createTempDirectory("parallax-exact");
      long t0 = System.nanoTime();
      SparkJob.run(spark, List.of(input), exact.toString(), false, new Blocking(Integer.MAX_VALUE, 1));
      double exactS = (System.nanoTime() - t0) / 1e9;
      Path blocked = Files.createTempDirectory("parallax-blocked");
      t0 = System.nanoTime();
      SparkJob.Result r = SparkJob.run(spark, List.of(input), blocked.toString(), false, new Blocking(cellSize, probes));
      double blockedS = (System.nanoTime() - t0) / 1e9;
      java.util.Map<String, String> e = new java.util.HashMap<>();
      java.util.Map<String, String> b = new java.util.HashMap<>();
      SparkJobIT.assignments(exact).forEach((id, a) -> e.put(id, a[0]));
      SparkJobIT.assignments(blocked).forEach((id, a) -> b.put(id, a[0]));
      double[] b3 = SparkJobIT.b3(e, b);
      System.out.printf(Locale.ROOT, "blocking %s: %d articles; exact %.1f s, cells of %d with %d probes %.1f s; "
          + "events %d vs %d; B3 of blocked against exact P=%.4f R=%.4f F1=%.4f%n", master, r.processed(), exactS,
          cellSize, probes, blockedS, new java.util.HashSet<>(e.values()).size(), r.events(), b3[0], b3[1], b3[2]);
    } finally {
      spark.stop();
    }
  }

  static void recall(Path input, List<String> settings) throws Exception {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
    List<CleanArticle> cleaned = pipeline.prepare(List.of(input), ProgressListener.NONE).articles();
    StoryDetector detector = StoryDetector.standard();
    List<float[]> v = detector.eventVectors(cleaned, detector.features(cleaned));
    int n = v.size();
    int k = io.parallax.story.EventLinker.NEIGHBOURS;
    int[][] exact = new int[n][];
    double[][] exactCos = new double[n][];
    for (int i = 0; i < n; i++) {
      int[] all = nearest(v, i, null, null, k);
      exact[i] = all;
      exactCos[i] = new double[all.length];
      for (int j = 0; j < all.length; j++) exactCos[i][j] = StoryDetector.dot(v.get(i), v.get(all[j]));
    }
    for (String setting : settings) {
      String[] sp = setting.split(":");
      Cells cells = Cells.fit(v, n, Integer.parseInt(sp[0]), Integer.parseInt(sp[1]));
      int[] home = new int[n];
      for (int i = 0; i < n; i++) home[i] = cells.home(v.get(i));
      long found = 0, total = 0, strongFound = 0, strong = 0, compared = 0;
      for (int i = 0; i < n; i++) {
        int[] probed = cells.probe(v.get(i));
        java.util.Set<Integer> allowed = new java.util.HashSet<>();
        for (int c : probed) allowed.add(c);
        int[] got = nearest(v, i, home, allowed, k);
        for (int j = 0; j < n; j++) if (j != i && allowed.contains(home[j])) compared++;
        java.util.Set<Integer> g = new java.util.HashSet<>();
        for (int x : got) g.add(x);
        for (int j = 0; j < exact[i].length; j++) {
          total++;
          boolean hit = g.contains(exact[i][j]);
          if (hit) found++;
          if (exactCos[i][j] >= 0.5) {
            strong++;
            if (hit) strongFound++;
          }
        }
      }
      System.out.printf(Locale.ROOT, "recall %d articles, cells of %s with %s probes (%d cells): nearest %d found "
          + "%.4f; cosine >= 0.5: %.4f of %d; vectors compared per article %.0f (exact %d)%n", n, sp[0], sp[1],
          cells.count(), k, (double) found / total, (double) strongFound / Math.max(1, strong), strong,
          (double) compared / n, n - 1);
    }
  }

  /** The {@code k} nearest of {@code v.get(i)} among the others (only those whose home is allowed, if given). */
  private static int[] nearest(List<float[]> v, int i, int[] home, java.util.Set<Integer> allowed, int k) {
    java.util.PriorityQueue<double[]> heap = new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(a -> a[0]));
    for (int j = 0; j < v.size(); j++) {
      if (j == i || (allowed != null && !allowed.contains(home[j]))) continue;
      heap.add(new double[] {StoryDetector.dot(v.get(i), v.get(j)), j});
      if (heap.size() > k) heap.poll();
    }
    return heap.stream().mapToInt(a -> (int) a[1]).toArray();
  }

  static void single(Path input, boolean eventsOnly) throws Exception {
    long start = System.nanoTime();
    Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
    int n;
    if (eventsOnly) {
      List<CleanArticle> cleaned = pipeline.prepare(List.of(input), ProgressListener.NONE).articles();
      n = StoryDetector.standard().detect(cleaned).assignments().size();
    } else {
      n = pipeline.run(List.of(input), ProgressListener.NONE).articles().size();
    }
    report("single" + (eventsOnly ? " events" : " full"), n, (System.nanoTime() - start) / 1e9);
  }

  private static void report(String mode, long n, double seconds) {
    double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    System.out.printf(Locale.ROOT, "%s: %d articles in %.1f s = %.1f articles/s; process CPU %.0f s = %.1f ms/article "
        + "(cores %d, load %.1f)%n", mode, n, seconds, n / seconds, cpu, 1000 * cpu / n,
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
