package io.parallax.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.model.Article;
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
 *   spark INPUT.jsonl MASTER [events]  the Spark job (events: no annotation, comparison or brief)
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
      case "make" -> make(Integer.parseInt(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length));
      case "spark" -> spark(args[1], args[2], args.length > 3 && args[3].equals("events"));
      case "single" -> single(Path.of(args[1]), args.length > 2 && args[2].equals("events"));
      default -> throw new IllegalArgumentException("Unknown mode '" + args[0] + "'; use make, spark or single");
    }
  }

  static void make(int n, Path out, List<String> sets) throws Exception {
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
        o.put("published", base.plusDays(31L * copy + Math.floorMod(id.hashCode(), 30)).toString());
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

  static void single(Path input, boolean eventsOnly) throws Exception {
    long start = System.nanoTime();
    Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
    int n;
    if (eventsOnly) {
      List<Article> bodies = pipeline.prepare(List.of(input), ProgressListener.NONE).articles().stream()
          .map(Pipeline::body).toList();
      n = StoryDetector.standard().detect(bodies).assignments().size();
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
