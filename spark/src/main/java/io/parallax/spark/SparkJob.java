package io.parallax.spark;

import io.parallax.clean.CleanArticle;
import io.parallax.clean.FurnitureCleaner;
import io.parallax.compare.AnalyzedArticle;
import io.parallax.compare.ComparedArticle;
import io.parallax.compare.Comparison;
import io.parallax.model.RunSummary;
import io.parallax.nlp.Annotations;
import io.parallax.pipeline.Analysis;
import io.parallax.pipeline.EventAnalysis;
import io.parallax.pipeline.Pipeline;
import io.parallax.report.JsonReport;
import io.parallax.report.ReportBuilder;
import io.parallax.story.ArticleFeatures;
import io.parallax.story.EventLinker;
import io.parallax.story.Stories;
import io.parallax.story.StoryDetector;
import io.parallax.brief.BriefSentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Spark job: the pipeline of {@code parallax analyze} over a corpus split across executors.
 *
 * <pre>
 *   read (Ingestor per partition) ─ clean (FurnitureCleaner, partitioned by outlet) ─ global order
 *     ─ features + embeddings (StoryDetector, per partition) ─ document frequencies (reduce, broadcast)
 *     ─ event candidates by time-window blocking ─ strong-pair components ─ event replay per component
 *     ─ storylines (driver) ─ annotation, comparison and brief per event ─ Parquet tables, reports
 * </pre>
 *
 * Deterministic given the input: every step orders its data by the global input order. See
 * docs/spark.md for the design and how far it agrees with single-machine {@code cluster}.
 */
public final class SparkJob {

  private SparkJob() {}

  /** What a run produced, for the caller's summary line and for tests. */
  public record Result(long inputs, long processed, long skipped, long events, long storylines) {}

  /** One article after reading, cleaning and feature extraction, with its global input position. */
  record Item(long g, ArticleRow article, FeatureRow features) implements Serializable {}

  /** An event's comparison, brief and report, as computed on an executor. */
  record EventOutput(String event, String storyline, String title, String date, ArrayList<String> articles,
      String comparisonJson, ArrayList<String[]> brief, String reportJson) implements Serializable {}

  /** Runs the job on {@code inputs} (paths or Hadoop file system URIs) and writes the result under {@code out}. */
  public static Result run(SparkSession spark, List<String> inputs, String outDir) {
    return run(spark, inputs, outDir, true);
  }

  /**
   * As {@link #run(SparkSession, List, String)}; {@code analyse} false leaves out annotation, comparison,
   * brief and reports (the {@code comparisons} and {@code briefs} tables are then empty): events and
   * storylines only, as {@code parallax cluster} gives them.
   */
  public static Result run(SparkSession spark, List<String> inputs, String outDir, boolean analyse) {
    return run(spark, inputs, outDir, analyse, Blocking.DEFAULT);
  }

  /** As {@link #run(SparkSession, List, String, boolean)}, with the event candidate search blocked by {@code blocking}. */
  public static Result run(SparkSession spark, List<String> inputs, String outDir, boolean analyse, Blocking blocking) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = Math.max(2, sc.defaultParallelism() * 2);

    // 1. read, every input accounted for
    JavaRDD<Reading.Outcome> read = Reading.read(sc, inputs, partitions).persist(StorageLevel.MEMORY_AND_DISK());
    List<Reading.Outcome> skipped = read.filter(o -> o.article() == null).collect();

    // 2. clean: the articles of one outlet (or host) in one partition, as one batch sees them
    JavaRDD<ArticleRow> cleaned = read.filter(o -> o.article() != null)
        .keyBy(o -> FurnitureCleaner.groupOf(o.article().article()).orElse(""))
        .partitionBy(new HashPartitioner(partitions))
        .values()
        .mapPartitions(it -> {
          List<ArticleRow> rows = new ArrayList<>();
          it.forEachRemaining(o -> rows.add(o.article()));
          rows.sort(INPUT_ORDER);
          List<CleanArticle> clean = Models.cleaner().clean(rows.stream().map(ArticleRow::article).toList());
          List<ArticleRow> out = new ArrayList<>(rows.size());
          for (int i = 0; i < rows.size(); i++) out.add(rows.get(i).cleaned(clean.get(i)));
          return out.iterator();
        });

    // 3. the global input order (g), ids made unique as the single-machine reader does
    JavaPairRDD<ArticleRow, Long> ordered = cleaned.sortBy(SparkJob::orderKey, true, partitions).zipWithIndex();
    Map<Long, String> renamed = uniqueIds(ordered);
    Broadcast<Map<Long, String>> renames = sc.broadcast(renamed);

    // 4. features and embeddings, per partition, by the single-machine detector
    JavaRDD<Item> items = ordered.mapPartitions(it -> {
      List<Tuple2<ArticleRow, Long>> rows = new ArrayList<>();
      it.forEachRemaining(rows::add);
      if (rows.isEmpty()) return List.<Item>of().iterator();
      List<ArticleRow> fixed = rows.stream()
          .map(t -> renames.value().containsKey(t._2()) ? t._1().withId(renames.value().get(t._2())) : t._1())
          .toList();
      List<CleanArticle> group = fixed.stream().map(ArticleRow::clean).toList();
      StoryDetector detector = Models.detector();
      List<ArticleFeatures> features = detector.features(group);
      List<float[]> vectors = detector.eventVectors(group, features);
      List<Item> out = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        boolean covered = EventLinker.covers(group.get(i).article().language());
        out.add(new Item(rows.get(i)._2(), fixed.get(i), FeatureRow.of(features.get(i), vectors.get(i), covered)));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    read.unpersist();
    int n = Math.toIntExact(items.count());

    // 5. document frequencies of the whole input
    Map<String, Long> counts = items.flatMap(i -> {
      List<String> keys = new ArrayList<>();
      for (String t : i.features().terms().keySet()) keys.add("t:" + t);
      for (String m : i.features().names().keySet()) keys.add("n:" + m);
      return keys.iterator();
    }).mapToPair(k -> new Tuple2<>(k, 1L)).reduceByKey(Long::sum).collectAsMap();
    Broadcast<Frequencies> stats = sc.broadcast(new Frequencies(n, counts));

    // 6. the replay order (publication day; undated articles keep their place)
    long[] day = new long[n];
    for (Tuple2<Long, Long> t : items.mapToPair(i -> new Tuple2<>(i.g(), i.features().publishedDay())).collect()) {
      day[Math.toIntExact(t._1())] = t._2();
    }
    int[] order = StoryDetector.replayOrder(day);
    int[] rpos = new int[n];
    for (int p = 0; p < n; p++) rpos[order[p]] = p;
    Broadcast<int[]> positions = sc.broadcast(rpos);

    // 7. events: candidates by blocking, strong-pair components, replay per component
    JavaRDD<Events.Ref> refs = items.map(i -> new Events.Ref(i.g(), positions.value()[Math.toIntExact(i.g())],
        i.features().publishedDay(), i.features()));
    Broadcast<Cells> cells = sc.broadcast(cells(items, day, blocking));
    JavaPairRDD<Long, ArrayList<Events.Cand>> candidates = Events.candidates(sc, refs, stats, cells, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<long[]> strong = candidates.flatMap(t -> {
      List<long[]> edges = new ArrayList<>();
      for (Events.Cand c : t._2()) if (c.score() >= EventLinker.THRESHOLD) edges.add(new long[] {t._1(), c.g()});
      return edges.iterator();
    }).collect();
    Broadcast<int[]> component = sc.broadcast(Events.components(n, strong));
    List<Events.Decided> decided = refs.mapToPair(r -> new Tuple2<>(r.g(), r))
        .leftOuterJoin(candidates)
        .mapToPair(t -> new Tuple2<>(component.value()[Math.toIntExact(t._1())],
            new Tuple2<>(t._2()._1(), t._2()._2().orElse(new ArrayList<>()))))
        .groupByKey(partitions)
        .flatMap(c -> Events.replay(c._2(), stats.value()))
        .collect();
    candidates.unpersist();
    long[] founder = new long[n];
    Events.Decided[] decisionOf = new Events.Decided[n];
    for (Events.Decided d : decided) {
      founder[Math.toIntExact(d.g())] = d.founder();
      decisionOf[Math.toIntExact(d.g())] = d;
    }

    // 8. storylines, as the single-machine storyline step decides them, in parallel (Storylines)
    int[] storyline = Storylines.of(sc, items, stats, n, partitions);
    String[] ids = new String[n];
    for (Tuple2<Long, String> t : items.mapToPair(i -> new Tuple2<>(i.g(), i.features().id())).collect()) {
      ids[Math.toIntExact(t._1())] = t._2();
    }

    // 9. ids as single-machine detection gives them: numbered in order of first appearance
    String[] eventName = new String[n];
    String[] storyName = new String[n];
    Map<Long, String> events = new HashMap<>();
    Map<Integer, String> stories = new HashMap<>();
    for (int g = 0; g < n; g++) {
      eventName[g] = events.computeIfAbsent(founder[g], x -> "e" + (events.size() + 1));
      int s = storyline[Math.toIntExact(founder[g])];
      storyName[g] = stories.computeIfAbsent(s, x -> "s" + (stories.size() + 1));
    }
    Broadcast<String[]> eventNames = sc.broadcast(eventName);
    Broadcast<String[]> storyNames = sc.broadcast(storyName);

    // 10. comparison, brief and report per event, in parallel over events
    RunSummary summary = new RunSummary(n + skipped.size(), n,
        skipped.stream().map(o -> new io.parallax.model.Skipped(o.source(), o.reason())).toList(), List.of());
    JavaRDD<EventOutput> analysed = items
        .mapToPair(i -> new Tuple2<>(eventNames.value()[Math.toIntExact(i.g())], i))
        .groupByKey(partitions)
        .map(e -> analyse(e._1(), storyNames.value(), e._2(), analyse))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Output.write(spark, outDir, items, stats, eventNames, storyNames, decisionOf, ids, analysed, summary);
    items.unpersist();
    analysed.unpersist();
    return new Result(summary.inputs(), n, skipped.size(), events.size(), stories.size());
  }

  /**
   * The cells of the event-encoder space that block the candidate search: one (exact) unless some
   * three-day window holds more than {@code blocking.cellSize()} dated articles; then fitted on the
   * driver on an evenly spread sample of at most {@value Blocking#SAMPLE} event vectors.
   */
  static Cells cells(JavaRDD<Item> items, long[] day, Blocking blocking) {
    Map<Long, Long> perDay = new HashMap<>();
    for (long d : day) if (d != Long.MIN_VALUE) perDay.merge(d, 1L, Long::sum);
    long largest = 0;
    for (long d : perDay.keySet()) {
      long w = 0;
      for (long x = d - EventLinker.WINDOW_DAYS; x <= d + EventLinker.WINDOW_DAYS; x++) w += perDay.getOrDefault(x, 0L);
      largest = Math.max(largest, w);
    }
    if (largest <= blocking.cellSize()) return Cells.ONE; // exact: no sample to collect
    long n = day.length;
    long stride = Math.max(1, (n + Blocking.SAMPLE - 1) / Blocking.SAMPLE);
    List<Tuple2<Long, float[]>> sample = new ArrayList<>(items.filter(i -> i.g() % stride == 0)
        .mapToPair(i -> new Tuple2<>(i.g(), i.features().eventVector())).collect());
    sample.sort(Comparator.comparingLong(Tuple2::_1));
    return Cells.fit(sample.stream().map(Tuple2::_2).toList(), largest, blocking.cellSize(), blocking.probes());
  }

  static final Comparator<ArticleRow> INPUT_ORDER = Comparator.comparingInt(ArticleRow::input)
      .thenComparing(ArticleRow::file).thenComparingLong(ArticleRow::record);

  private static String orderKey(ArticleRow r) {
    return String.format(java.util.Locale.ROOT, "%06d\u0000%s\u0000%019d", r.input(), r.file(), r.record());
  }

  /** Renames a repeated id as the single-machine reader does ({@code id~2}, {@code id~3}, …), by input order. */
  private static Map<Long, String> uniqueIds(JavaPairRDD<ArticleRow, Long> ordered) {
    List<String> repeated = ordered.mapToPair(t -> new Tuple2<>(t._1().id(), 1)).reduceByKey(Integer::sum)
        .filter(t -> t._2() > 1).keys().collect();
    Map<Long, String> renamed = new HashMap<>();
    if (repeated.isEmpty()) return renamed;
    java.util.Set<String> dup = new java.util.HashSet<>(repeated);
    List<Tuple2<Long, String>> seen = new ArrayList<>(ordered.filter(t -> dup.contains(t._1().id()))
        .mapToPair(t -> new Tuple2<>(t._2(), t._1().id())).collect());
    seen.sort(Comparator.comparingLong(Tuple2::_1));
    Map<String, Integer> times = new HashMap<>();
    for (Tuple2<Long, String> t : seen) {
      int k = times.merge(t._2(), 1, Integer::sum);
      if (k > 1) renamed.put(t._1(), t._2() + "~" + k);
    }
    return renamed;
  }

  /** Annotates, compares and briefs one event's articles with the main module's stages. */
  private static EventOutput analyse(String event, String[] storyNames, Iterable<Item> members, boolean full) {
    List<Item> list = new ArrayList<>();
    members.forEach(list::add);
    list.sort(Comparator.comparingLong(Item::g));
    String storyline = storyNames[Math.toIntExact(list.get(0).g())];
    Stories.Event ev = StoryDetector.event(event, storyline, list.stream().map(i -> i.features().features()).toList());
    if (!full) {
      return new EventOutput(event, storyline, ev.title(), ev.date().map(Object::toString).orElse(null),
          new ArrayList<>(ev.articleIds()), null, new ArrayList<>(), null);
    }
    List<CleanArticle> clean = list.stream().map(i -> i.article().clean()).toList();
    Map<String, Annotations> annotations = new LinkedHashMap<>();
    for (CleanArticle c : clean) annotations.put(c.id(), Models.annotator().annotate(c.article(), c.paragraphs()));
    List<AnalyzedArticle> analyzed = AnalyzedArticle.of(
        clean.stream().map(c -> new ComparedArticle(c.article(), c.paragraphs())).toList());
    Comparison comparison = Pipeline.annotatedComparator(annotations).compareAnalyzed(analyzed);
    List<BriefSentence> brief = Models.briefer().briefAnalyzed(analyzed);
    Stories stories = new Stories(
        list.stream().map(i -> new Stories.Assignment(i.article().id(), event, storyline)).toList(),
        List.of(ev), List.of(new Stories.Storyline(storyline, ev.title(), List.of(event))));
    Analysis analysis = new Analysis(clean, annotations, stories, List.of(new EventAnalysis(ev, comparison, brief)),
        new RunSummary(list.size(), list.size(), List.of(), List.of()));
    ArrayList<String[]> sentences = new ArrayList<>();
    for (BriefSentence b : brief) sentences.add(new String[] {b.text(), String.join("\u0001", b.sources())});
    return new EventOutput(event, storyline, ev.title(), ev.date().map(Object::toString).orElse(null),
        new ArrayList<>(ev.articleIds()), JsonReport.compact().valueToTree(comparison).toString(), sentences,
        JsonReport.toJson(ReportBuilder.build(analysis)));
  }
}
