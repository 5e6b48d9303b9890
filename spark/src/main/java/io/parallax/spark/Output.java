package io.parallax.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.model.RunSummary;
import io.parallax.model.Skipped;
import io.parallax.report.JsonReport;
import io.parallax.story.ArticleProfile;
import io.parallax.story.FeatureCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Writes a run's result under its output folder (any Hadoop file system): the Parquet tables
 * {@code articles}, {@code events}, {@code storylines}, {@code comparisons}, {@code briefs},
 * {@code summary} and {@code skipped}, the JSON report of each event under {@code reports/}, and
 * {@code assignments.jsonl} with one {@code {"id","event","storyline","confidence"}} per article in input
 * order. docs/spark.md describes the columns.
 */
final class Output {

  private Output() {}

  static final StructType SPAN = new StructType(new StructField[] {
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false)});
  static final StructType REMOVED = new StructType(new StructField[] {
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

  static final StructType ARTICLES = new StructType(new StructField[] {
      field("position", DataTypes.LongType, false), field("id", DataTypes.StringType, false),
      field("source", DataTypes.StringType, false), field("outlet", DataTypes.StringType, true),
      field("agency", DataTypes.StringType, true), field("title", DataTypes.StringType, true),
      field("published", DataTypes.StringType, true), field("language", DataTypes.StringType, true),
      field("url", DataTypes.StringType, true), field("text", DataTypes.StringType, false),
      field("paragraphs", DataTypes.createArrayType(SPAN, false), false),
      field("removed", DataTypes.createArrayType(REMOVED, false), false),
      field("event", DataTypes.StringType, false), field("storyline", DataTypes.StringType, false),
      field("heading", DataTypes.StringType, false),
      field("terms", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("names", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("features", DataTypes.BinaryType, false),
      field("vector", DataTypes.createArrayType(DataTypes.FloatType, false), false)});

  static final StructType EVENTS = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false), field("storyline", DataTypes.StringType, false),
      field("title", DataTypes.StringType, false), field("date", DataTypes.StringType, true),
      field("articles", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  static final StructType STORYLINES = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false), field("title", DataTypes.StringType, false),
      field("events", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  static final StructType COMPARISONS = new StructType(new StructField[] {
      field("event", DataTypes.StringType, false), field("comparison", DataTypes.StringType, false)});

  static final StructType BRIEFS = new StructType(new StructField[] {
      field("event", DataTypes.StringType, false), field("position", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("sources", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  static final StructType SUMMARY = new StructType(new StructField[] {
      field("status", DataTypes.StringType, false), field("reason", DataTypes.StringType, true),
      field("count", DataTypes.LongType, false)});

  static final StructType SKIPPED = new StructType(new StructField[] {
      field("source", DataTypes.StringType, false), field("reason", DataTypes.StringType, false)});

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  static void write(SparkSession spark, String out, JavaRDD<SparkJob.Item> items, Broadcast<Frequencies> stats,
      Broadcast<String[]> events, Broadcast<String[]> stories, Events.Decided[] decisions, String[] ids,
      JavaRDD<SparkJob.EventOutput> analysed, RunSummary summary) {
    JavaRDD<Row> articles = items.map(i -> {
      ArticleRow a = i.article();
      int g = Math.toIntExact(i.g());
      List<Row> spans = new ArrayList<>();
      for (int k = 0; k + 1 < a.paragraphs().length; k += 2) spans.add(RowFactory.create(a.paragraphs()[k], a.paragraphs()[k + 1]));
      List<Row> cut = new ArrayList<>();
      for (String[] m : a.removed()) cut.add(RowFactory.create(Integer.parseInt(m[0]), Integer.parseInt(m[1]), m[2]));
      FeatureRow f = i.features();
      ArticleProfile profile = ArticleProfile.of(f.features(), stats.value());
      List<Float> vector = new ArrayList<>(f.eventVector().length);
      for (float x : f.eventVector()) vector.add(x);
      return RowFactory.create(i.g(), a.id(), a.source(), a.outlet(), a.agency(), a.title(), a.published(), a.language(),
          a.url(), a.text(), seq(spans), seq(cut), events.value()[g], stories.value()[g], f.title(),
          seq(new ArrayList<>(new java.util.TreeSet<>(f.terms().keySet()))), seq(new ArrayList<>(new java.util.TreeSet<>(f.names().keySet()))),
          FeatureCodec.encode(profile, stats.value().documents()), seq(vector));
    });
    table(spark, articles, ARTICLES, out, "articles");
    table(spark, analysed.map(e -> RowFactory.create(e.event(), e.storyline(), e.title(), e.date(), seq(e.articles()))),
        EVENTS, out, "events");
    table(spark, analysed.filter(e -> e.comparisonJson() != null).map(e -> RowFactory.create(e.event(), e.comparisonJson())),
        COMPARISONS, out, "comparisons");
    table(spark, analysed.flatMap(e -> {
      List<Row> rows = new ArrayList<>();
      for (int k = 0; k < e.brief().size(); k++) {
        String[] b = e.brief().get(k);
        rows.add(RowFactory.create(e.event(), k, b[0], seq(Arrays.asList(b[1].isEmpty() ? new String[0] : b[1].split("\u0001")))));
      }
      return rows.iterator();
    }), BRIEFS, out, "briefs");
    analysed.foreachPartition(it -> {
      Configuration conf = new Configuration();
      while (it.hasNext()) {
        SparkJob.EventOutput e = it.next();
        if (e.reportJson() != null) writeText(conf, new Path(new Path(out, "reports"), e.event() + ".json"), e.reportJson());
      }
    });

    // storylines: events in order of first appearance, titled by their largest event
    List<Tuple2<String, Tuple2<String, Integer>>> small = analysed
        .map(e -> new Tuple2<>(e.storyline(), new Tuple2<>(e.event() + "\u0000" + e.title(), e.articles().size())))
        .collect();
    Map<String, List<Tuple2<String, Integer>>> byStory = new TreeMap<>(Output::byNumber);
    for (var t : small) byStory.computeIfAbsent(t._1(), x -> new ArrayList<>()).add(t._2());
    List<Row> storylines = new ArrayList<>();
    for (var s : byStory.entrySet()) {
      List<Tuple2<String, Integer>> evs = s.getValue();
      evs.sort((x, y) -> byNumber(x._1().split("\u0000")[0], y._1().split("\u0000")[0]));
      Tuple2<String, Integer> largest = evs.get(0);
      for (var e : evs) if (e._2() > largest._2()) largest = e;
      storylines.add(RowFactory.create(s.getKey(), largest._1().split("\u0000", 2)[1],
          seq(evs.stream().map(e -> e._1().split("\u0000")[0]).toList())));
    }
    spark.createDataFrame(storylines, STORYLINES).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(new Path(out, "storylines").toString());

    // every input accounted for
    Map<String, Long> reasons = new TreeMap<>();
    for (Skipped k : summary.skipped()) reasons.merge(k.reason(), 1L, Long::sum);
    List<Row> counts = new ArrayList<>();
    counts.add(RowFactory.create("inputs", null, (long) summary.inputs()));
    counts.add(RowFactory.create("processed", null, (long) summary.processed()));
    for (var r : reasons.entrySet()) counts.add(RowFactory.create("skipped", r.getKey(), r.getValue()));
    spark.createDataFrame(counts, SUMMARY).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(new Path(out, "summary").toString());
    List<Row> skipped = summary.skipped().stream().map(k -> RowFactory.create(k.source(), k.reason())).toList();
    spark.createDataFrame(skipped, SKIPPED).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(new Path(out, "skipped").toString());

    // assignments.jsonl, in input order, written line by line (a month of articles is ~1 GB of lines)
    String[] ev = events.value();
    String[] st = stories.value();
    Path assignments = new Path(out, "assignments.jsonl");
    write(spark.sparkContext().hadoopConfiguration(), assignments, o -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
      for (int g = 0; g < ids.length; g++) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", ids[g]);
        line.put("event", ev[g]);
        line.put("storyline", st[g]);
        line.put("confidence", decisions[g].confidence());
        ObjectNode node = JsonReport.compact().valueToTree(line);
        w.write(node.toString());
        w.write('\n');
      }
      w.flush();
    });
  }

  /** A Java list as the Scala sequence Spark's rows hold for an array column. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /** "e12" before "e100"; ids of the same prefix compare by their number. */
  private static int byNumber(String a, String b) {
    int c = Integer.compare(a.length(), b.length());
    return c != 0 ? c : a.compareTo(b);
  }

  private static void table(SparkSession spark, JavaRDD<Row> rows, StructType schema, String out, String name) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(new Path(out, name).toString());
  }

  private static void writeText(Configuration conf, Path file, String text) {
    write(conf, file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** What writes one output file's bytes. */
  private interface Content {
    void writeTo(OutputStream o) throws IOException;
  }

  private static void write(Configuration conf, Path file, Content content) {
    try {
      FileSystem fs = file.getFileSystem(conf);
      try (OutputStream o = fs.create(file, true)) {
        content.writeTo(o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage()
          + "; check that the output folder is writable", e);
    }
  }
}
