package io.parallax.spark;

import io.parallax.story.ArticleProfile;
import io.parallax.story.AverageLinkClustering;
import io.parallax.story.KeyNeighbours;
import io.parallax.story.PairEvidence;
import io.parallax.story.StoryConfig;
import io.parallax.story.StoryDetector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Storylines across partitions, decided as single-machine {@link StoryDetector#storylines} decides them.
 *
 * <ol>
 *   <li><b>Candidates in parallel.</b> The inverted index of every article's strongest keys
 *       ({@link KeyNeighbours}: 40 ints per article, ~320 bytes) is built on the driver and broadcast;
 *       each task finds its articles' nearest neighbours in it, as the single machine does.
 *   <li><b>Pair probabilities in parallel.</b> Each candidate pair meets both articles' features
 *       (two joins) and gets the storyline probability of the single-machine model.
 *   <li><b>Average link per component.</b> Average link over a sparse graph merges two clusters only
 *       if their mean similarity reaches the threshold, so only if some pair between them does: every
 *       storyline lies inside one connected component of the pairs at or above the threshold. Each
 *       component is clustered on its own, in parallel, with all of its pairs ({@link AverageLinkClustering}
 *       on local indices in the global order, so ties break as on one machine).
 *   <li><b>The centroid merge</b> of first-pass storylines, the same way one level up: centroids per
 *       storyline in parallel, linked storylines scored in parallel, average link per component.
 * </ol>
 *
 * <p>Only integers per article, the strong pairs and the key index come to the driver; no article's
 * features do.
 */
final class Storylines {

  private Storylines() {}

  /** A scored pair of items {@code a < b}. */
  record Edge(long a, long b, double w) implements Serializable {}

  /** What the storyline merge needs of a first-pass storyline: its centroid. */
  record Centroid(long root, String[] subjectKeys, float[] subjectWeights, float[] embedding) implements Serializable {

    static Centroid of(long root, ArticleProfile c) {
      return new Centroid(root, c.subject().keys(), c.subject().weights(), c.features().embedding());
    }

    ArticleProfile profile() {
      io.parallax.story.SparseVector none = new io.parallax.story.SparseVector(new String[0], new float[0]);
      io.parallax.story.ArticleFeatures f = new io.parallax.story.ArticleFeatures("storyline" + root, "", Map.of(),
          Map.of(), Map.of(), java.util.Set.of(), java.util.Set.of(), java.util.Optional.empty(),
          java.util.Optional.empty(), embedding);
      return new ArticleProfile(f, none, new io.parallax.story.SparseVector(subjectKeys, subjectWeights), none);
    }
  }

  /** Per article {@code g} (0 … n-1), the lowest {@code g} of its storyline. */
  static int[] of(JavaSparkContext sc, JavaRDD<SparkJob.Item> items, Broadcast<Frequencies> stats, int n,
      int partitions) {
    StoryConfig config = Models.detector().config(); // the driver's copy; tasks use their executor's (Models)
    int neighbours = config.neighbours();
    JavaPairRDD<Long, FeatureRow> rows = items.mapToPair(i -> new Tuple2<>(i.g(), i.features()));

    // 1. the key index (postings grouped by key in parallel, then broadcast); nearest neighbours in parallel
    Map<String, int[]> postings = rows.flatMapToPair(r -> {
      List<Tuple2<String, int[]>> out = new ArrayList<>();
      for (var e : KeyNeighbours.keys(ArticleProfile.of(r._2().features(), stats.value())).entrySet()) {
        out.add(new Tuple2<>(e.getKey(), new int[] {Math.toIntExact(r._1()), KeyNeighbours.weight(e.getValue())}));
      }
      return out.iterator();
    }).groupByKey(partitions).mapToPair(k -> {
      List<int[]> list = new ArrayList<>();
      k._2().forEach(list::add);
      list.sort(Comparator.comparingInt(x -> x[0]));
      int[] flat = new int[2 * list.size()];
      for (int i = 0; i < list.size(); i++) {
        flat[2 * i] = list.get(i)[0];
        flat[2 * i + 1] = list.get(i)[1];
      }
      return new Tuple2<>(k._1(), flat);
    }).collectAsMap();
    Broadcast<KeyNeighbours> index = sc.broadcast(KeyNeighbours.ofPostings(postings));
    JavaRDD<Long> pairs = rows.flatMap(r -> {
      int i = Math.toIntExact(r._1());
      Map<String, Float> keys = KeyNeighbours.keys(ArticleProfile.of(r._2().features(), stats.value()));
      List<Long> out = new ArrayList<>();
      for (int j : index.value().nearest(i, keys, neighbours)) out.add(StoryDetector.pairKey(i, j));
      return out.iterator();
    }).distinct(partitions);

    // 2. each pair's storyline probability
    JavaRDD<Edge> edges = pairs.mapToPair(p -> new Tuple2<>(p >>> 32, p)).join(rows, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1() & 0xffffffffL, t._2()))
        .join(rows, partitions)
        .mapPartitions(it -> new Iterator<Edge>() {
          // a join emits all pairs of one key together: the key side's profile is weighed once per run of it
          private long lastB = -1;
          private ArticleProfile b;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Edge next() {
            var t = it.next();
            if (b == null || t._1() != lastB) {
              lastB = t._1();
              b = ArticleProfile.of(t._2()._2().features(), stats.value());
            }
            long p = t._2()._1()._1();
            ArticleProfile a = ArticleProfile.of(t._2()._1()._2().features(), stats.value());
            return new Edge(p >>> 32, p & 0xffffffffL,
                Models.detector().config().storylineProbability(PairEvidence.of(a, b)));
          }
        });
    edges.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    int[] storyline = averageLink(sc, edges, n, config.storylineThreshold(), partitions);
    if (!config.useEmbeddings()) {
      edges.unpersist();
      return storyline;
    }

    // 3. the centroid merge of first-pass storylines
    Broadcast<int[]> first = sc.broadcast(storyline);
    JavaPairRDD<Long, Centroid> centroids = rows
        .mapToPair(r -> new Tuple2<>((long) first.value()[Math.toIntExact(r._1())], r))
        .groupByKey(partitions)
        .mapToPair(s -> {
          List<Tuple2<Long, FeatureRow>> members = new ArrayList<>();
          s._2().forEach(members::add);
          members.sort(Comparator.comparingLong(Tuple2::_1));
          List<ArticleProfile> profiles = members.stream()
              .map(m -> ArticleProfile.of(m._2().features(), stats.value())).toList();
          return new Tuple2<>(s._1(), Centroid.of(s._1(), ArticleProfile.centroid("storyline" + s._1(), profiles)));
        });
    JavaRDD<Long> linked = edges.flatMap(e -> {
      long a = first.value()[Math.toIntExact(e.a())];
      long b = first.value()[Math.toIntExact(e.b())];
      return a == b ? java.util.Collections.<Long>emptyIterator()
          : List.of(StoryDetector.pairKey(Math.toIntExact(a), Math.toIntExact(b))).iterator();
    }).distinct(partitions);
    JavaRDD<Edge> merges = linked.mapToPair(p -> new Tuple2<>(p >>> 32, p)).join(centroids, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1() & 0xffffffffL, t._2()._2()))
        .join(centroids, partitions)
        .map(t -> new Edge(t._2()._1().root(), t._1(),
            StoryDetector.mergeSimilarity(t._2()._1().profile(), t._2()._2().profile())));
    // storylines are items too, named by their root; roots keep the article order, as on one machine
    int[] merged = averageLink(sc, merges, n, config.storylineMergeThreshold(), partitions);
    edges.unpersist();
    int[] out = new int[n];
    for (int g = 0; g < n; g++) out[g] = merged[storyline[g]];
    return out;
  }

  /**
   * Average-link clusters of items {@code 0 … n-1} over {@code edges} (items without an edge stay
   * alone): per item, the lowest index of its cluster, as {@link AverageLinkClustering} over all
   * edges at once gives it.
   */
  static int[] averageLink(JavaSparkContext sc, JavaRDD<Edge> edges, int n, double threshold, int partitions) {
    List<long[]> strong = edges.filter(e -> e.w() >= threshold).map(e -> new long[] {e.a(), e.b()}).collect();
    Broadcast<int[]> component = sc.broadcast(Events.components(n, strong));
    List<Tuple2<Long, Integer>> labels = edges
        .filter(e -> component.value()[Math.toIntExact(e.a())] == component.value()[Math.toIntExact(e.b())])
        .mapToPair(e -> new Tuple2<>(component.value()[Math.toIntExact(e.a())], e))
        .groupByKey(partitions)
        .flatMap(c -> cluster(c._2(), threshold))
        .collect();
    int[] out = new int[n];
    for (int g = 0; g < n; g++) out[g] = g;
    for (Tuple2<Long, Integer> t : labels) out[Math.toIntExact(t._1())] = t._2();
    return out;
  }

  /** Average link over one component's edges, on local indices in global order; labels as global items. */
  private static Iterator<Tuple2<Long, Integer>> cluster(Iterable<Edge> edges, double threshold) {
    java.util.TreeSet<Long> items = new java.util.TreeSet<>();
    List<Edge> list = new ArrayList<>();
    for (Edge e : edges) {
      list.add(e);
      items.add(e.a());
      items.add(e.b());
    }
    long[] global = items.stream().mapToLong(Long::longValue).toArray();
    Map<Long, Integer> local = new java.util.HashMap<>();
    for (int i = 0; i < global.length; i++) local.put(global[i], i);
    list.sort(Comparator.comparingLong(Edge::a).thenComparingLong(Edge::b));
    AverageLinkClustering clusters = new AverageLinkClustering(global.length);
    for (Edge e : list) clusters.edge(local.get(e.a()), local.get(e.b()), e.w());
    int[] label = clusters.cluster(threshold);
    List<Tuple2<Long, Integer>> out = new ArrayList<>(global.length);
    for (int i = 0; i < global.length; i++) out.add(new Tuple2<>(global[i], Math.toIntExact(global[label[i]])));
    return out.iterator();
  }
}
