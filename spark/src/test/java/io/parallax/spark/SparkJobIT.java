package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import io.parallax.store.Store;
import io.parallax.story.Stories;
import io.parallax.story.StoryDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]}: the sample corpus, and the development sets joined against
 * single-machine {@code cluster} run in-process on the same input.
 */
class SparkJobIT {

  private static SparkSession spark;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkJobIT").config("spark.ui.enabled", "false")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sampleCorpusGivesTwoEventsInOneStorylineWithTablesAndReports() throws Exception {
    Path out = dir.resolve("rafah");
    SparkJob.Result r = SparkJob.run(spark, List.of(repo().resolve("corpus/rafah-2024").toString()), out.toString());

    assertThat(r.inputs()).isEqualTo(5);
    assertThat(r.processed()).isEqualTo(5);
    Map<String, String[]> assignments = assignments(out);
    assertThat(assignments).hasSize(5);
    assertThat(assignments.values().stream().map(a -> a[0]).distinct()).hasSize(2);
    assertThat(assignments.values().stream().map(a -> a[1]).distinct()).hasSize(1);
    assertThat(spark.read().parquet(out.resolve("events").toString()).count()).isEqualTo(2);
    assertThat(spark.read().parquet(out.resolve("storylines").toString()).count()).isEqualTo(1);
    assertThat(spark.read().parquet(out.resolve("articles").toString()).count()).isEqualTo(5);
    assertThat(spark.read().parquet(out.resolve("briefs").toString()).count()).isPositive();
    assertThat(spark.read().parquet(out.resolve("comparisons").toString()).count()).isEqualTo(2);
    JsonNode report = new ObjectMapper().readTree(out.resolve("reports/e1.json").toFile());
    assertThat(report.get("events")).hasSize(1);

    // index --from-parquet: the result loaded into the embedded store
    Path storeDir = dir.resolve("store");
    assertThat(ParquetIndex.load(spark, out.toString(), storeDir)).isEqualTo(5);
    try (Store store = Store.open(storeDir)) {
      assertThat(store.articleCount()).isEqualTo(5);
      String id = assignments.keySet().iterator().next();
      assertThat(store.article(id).orElseThrow().eventId()).isEqualTo(assignments.get(id)[0]);
      assertThat(store.event("e2").orElseThrow().storylineId()).isEqualTo("s1");
      assertThat(store.storyline("s1").orElseThrow().eventCount()).isEqualTo(2);
    }
  }

  @Test
  void eventsAndStorylinesAgreeWithSingleMachineClusterOnTheDevelopmentSetsJoined() throws Exception {
    Path data = repo().resolveSibling("shared").resolve("data");
    List<Path> inputs = List.of(data.resolve("stream-dev/articles.jsonl"), data.resolve("mixed-dev/articles.jsonl"),
        data.resolve("brief-dev/articles.jsonl"));
    for (Path p : inputs) assumeTrue(Files.isRegularFile(p), p + " not found beside the repository");
    Path out = dir.resolve("dev");
    SparkJob.Result r = SparkJob.run(spark, inputs.stream().map(Path::toString).toList(), out.toString(), false);

    Pipeline.Prepared prepared = Pipeline.standard(PipelineConfig.defaults()).prepare(inputs, ProgressListener.NONE);
    List<CleanArticle> cleaned = prepared.articles();
    Stories single = StoryDetector.standard().detect(cleaned);
    Map<String, String> singleEvents = new HashMap<>();
    Map<String, String> singleStorylines = new HashMap<>();
    for (Stories.Assignment a : single.assignments()) {
      singleEvents.put(a.articleId(), a.eventId());
      singleStorylines.put(a.articleId(), a.storylineId());
    }

    Map<String, String[]> assignments = assignments(out);
    Map<String, String> sparkEvents = new HashMap<>();
    Map<String, String> sparkStorylines = new HashMap<>();
    assignments.forEach((id, a) -> {
      sparkEvents.put(id, a[0]);
      sparkStorylines.put(id, a[1]);
    });
    // every input accounted for, as the single-machine run accounts for it
    assertThat(r.inputs()).isEqualTo(r.processed() + r.skipped()).isEqualTo(prepared.summary().inputs());
    assertThat(r.processed()).isEqualTo(prepared.summary().processed()).isEqualTo(assignments.size());
    long summaryInputs = spark.read().parquet(out.resolve("summary").toString()).filter("status = 'inputs'")
        .collectAsList().stream().mapToLong(row -> row.getLong(2)).sum();
    assertThat(summaryInputs).isEqualTo(r.inputs());
    assertThat(sparkEvents.keySet()).isEqualTo(singleEvents.keySet());

    double[] b3 = b3(singleEvents, sparkEvents);
    System.out.printf("Spark vs single-machine cluster on %d articles: %d vs %d events; B3 P=%.4f R=%.4f F1=%.4f%n",
        sparkEvents.size(), r.events(), single.events().size(), b3[0], b3[1], b3[2]);
    assertThat(b3[2]).isGreaterThanOrEqualTo(0.98);
    // storylines are decided in parallel (Storylines) by the single-machine storyline step's own parts
    double[] s3 = b3(singleStorylines, sparkStorylines);
    System.out.printf("Spark vs single-machine cluster: %d vs %d storylines; B3 P=%.4f R=%.4f F1=%.4f%n",
        r.storylines(), single.storylines().size(), s3[0], s3[1], s3[2]);
    assertThat(s3[2]).isGreaterThanOrEqualTo(0.98);
  }

  /** id -> {event, storyline} from DIR/assignments.jsonl. */
  static Map<String, String[]> assignments(Path out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String[]> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("assignments.jsonl"))) {
      JsonNode n = json.readTree(line);
      m.put(n.get("id").asText(), new String[] {n.get("event").asText(), n.get("storyline").asText()});
    }
    return m;
  }

  /** B-cubed precision, recall and F1 of {@code system} against {@code gold} (both id -> cluster). */
  static double[] b3(Map<String, String> gold, Map<String, String> system) {
    Map<String, Set<String>> g = members(gold);
    Map<String, Set<String>> s = members(system);
    double p = 0;
    double rec = 0;
    for (String id : gold.keySet()) {
      Set<String> gi = g.get(gold.get(id));
      Set<String> si = s.get(system.get(id));
      Set<String> both = new HashSet<>(gi);
      both.retainAll(si);
      p += (double) both.size() / si.size();
      rec += (double) both.size() / gi.size();
    }
    p /= gold.size();
    rec /= gold.size();
    return new double[] {p, rec, 2 * p * rec / (p + rec)};
  }

  private static Map<String, Set<String>> members(Map<String, String> clusters) {
    Map<String, Set<String>> m = new HashMap<>();
    clusters.forEach((id, c) -> m.computeIfAbsent(c, x -> new HashSet<>()).add(id));
    return m;
  }

  /** The repository root (the parent of this module's folder). */
  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus/rafah-2024"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("Run from inside the repository: corpus/rafah-2024 not found above "
        + Path.of("").toAbsolutePath());
    return p;
  }
}
