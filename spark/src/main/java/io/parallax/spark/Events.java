package io.parallax.spark;

import io.parallax.story.ArticleFeatures;
import io.parallax.story.ArticleProfile;
import io.parallax.story.EventLinker;
import io.parallax.story.PairEvidence;
import io.parallax.story.StoryDetector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Events across partitions, decided as single-machine {@code cluster} decides them.
 *
 * <ol>
 *   <li><b>Blocking by time window, candidates in parallel.</b> The single-machine decision replays the
 *       articles in order of publication and scores each against its {@value EventLinker#NEIGHBOURS}
 *       nearest earlier articles (event-encoder cosine) not published more than
 *       {@value EventLinker#WINDOW_DAYS} day apart. Dated articles are keyed by publication day and
 *       meet only the articles of their own and the neighbouring days; undated articles (in every
 *       window) are broadcast. Each article's exact candidate list is merged from these partial lists,
 *       and each candidate pair is scored with {@link EventLinker#score} (term statistics of the whole
 *       input, broadcast).
 *   <li><b>Connected merge.</b> An article can join an event only if one of its candidates in that
 *       event scores at least {@value EventLinker#THRESHOLD} (the mean of the event's scores must reach
 *       it). The connected components of such strong pairs therefore hold whole events, and an article's
 *       decision depends only on its candidates inside its component.
 *   <li><b>Decisions per component, in parallel.</b> Each component replays its articles in the global
 *       order through {@link StoryDetector#replayEvents}, the single-machine replay.
 * </ol>
 */
final class Events {

  private Events() {}

  /** An article as the candidate search sees it. */
  record Ref(long g, int rpos, long day, FeatureRow f) implements Serializable {}

  /** What an article is in a block: searched there, stored there (a candidate of others), or both. */
  enum Role { QUERY, STORED, BOTH }

  /** A scored candidate: partner {@code g}, its replay position, the cosine and the pair score. */
  record Cand(long g, int rpos, double cos, double score) implements Serializable {}

  /** Nearest first; ties: earlier in the replay first (as the single-machine heap). */
  static final Comparator<Cand> NEARER = Comparator.comparingDouble((Cand c) -> -c.cos()).thenComparingInt(Cand::rpos);

  /**
   * Per article {@code g}: its candidates, nearest first (articles without candidates are absent), found
   * in blocks of one day and one cell of {@code cells} (with {@link Cells#ONE}, exact).
   */
  static JavaPairRDD<Long, ArrayList<Cand>> candidates(JavaSparkContext sc, JavaRDD<Ref> refs,
      Broadcast<Frequencies> stats, Broadcast<Cells> cells, int partitions) {
    List<Ref> undated = refs.filter(r -> r.day() == Long.MIN_VALUE).collect();
    Broadcast<List<Ref>> u = sc.broadcast(new ArrayList<>(undated));
    JavaRDD<Ref> dated = refs.filter(r -> r.day() != Long.MIN_VALUE);
    // dated queries against dated articles of the same and the neighbouring days, cell by cell: an
    // article is stored in its home cell of each day of its window and searches its probed cells of its
    // own day (a block is one day and one cell)
    JavaPairRDD<Long, ArrayList<Cand>> sameWindow = dated
        .flatMapToPair(r -> {
          int[] probed = cells.value().probe(r.f().eventVector());
          int home = probed[0];
          List<Tuple2<Tuple2<Long, Integer>, Tuple2<Role, Ref>>> out = new ArrayList<>();
          for (long d = r.day() - EventLinker.WINDOW_DAYS; d <= r.day() + EventLinker.WINDOW_DAYS; d++) {
            if (d != r.day()) {
              out.add(new Tuple2<>(new Tuple2<>(d, home), new Tuple2<>(Role.STORED, r)));
              continue;
            }
            for (int c : probed) {
              out.add(new Tuple2<>(new Tuple2<>(d, c), new Tuple2<>(c == home ? Role.BOTH : Role.QUERY, r)));
            }
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(block -> {
          List<Ref> queries = new ArrayList<>();
          List<Ref> pool = new ArrayList<>();
          for (Tuple2<Role, Ref> t : block._2()) {
            if (t._1() != Role.QUERY) pool.add(t._2());
            if (t._1() != Role.STORED) queries.add(t._2());
          }
          Scorer scorer = new Scorer(stats.value());
          List<Tuple2<Long, ArrayList<Cand>>> out = new ArrayList<>();
          for (Ref q : queries) out.add(new Tuple2<>(q.g(), scorer.nearest(q, pool)));
          return out.iterator();
        });
    // every query against the undated articles (in every window)
    JavaPairRDD<Long, ArrayList<Cand>> againstUndated = refs.mapPartitionsToPair(it -> {
      Scorer scorer = new Scorer(stats.value());
      List<Tuple2<Long, ArrayList<Cand>>> out = new ArrayList<>();
      while (it.hasNext()) {
        Ref q = it.next();
        out.add(new Tuple2<>(q.g(), scorer.nearest(q, u.value())));
      }
      return out.iterator();
    });
    // undated queries against the dated articles, partition by partition
    JavaPairRDD<Long, ArrayList<Cand>> undatedAgainstDated = dated.mapPartitionsToPair(it -> {
      List<Ref> pool = new ArrayList<>();
      it.forEachRemaining(pool::add);
      Scorer scorer = new Scorer(stats.value());
      List<Tuple2<Long, ArrayList<Cand>>> out = new ArrayList<>();
      for (Ref q : u.value()) out.add(new Tuple2<>(q.g(), scorer.nearest(q, pool)));
      return out.iterator();
    });
    return sameWindow.union(againstUndated).union(undatedAgainstDated)
        .filter(t -> !t._2().isEmpty())
        .reduceByKey(Events::merge, partitions);
  }

  /** The union of two partial candidate lists, cut to the nearest {@value EventLinker#NEIGHBOURS}. */
  static ArrayList<Cand> merge(ArrayList<Cand> a, ArrayList<Cand> b) {
    ArrayList<Cand> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    all.sort(NEARER);
    return new ArrayList<>(all.subList(0, Math.min(EventLinker.NEIGHBOURS, all.size())));
  }

  /** Finds and scores one task's candidates; profiles are weighed once per task. */
  static final class Scorer {
    private final Frequencies stats;
    private final Map<Long, ArticleProfile> profiles = new HashMap<>();
    private final EventLinker linker = new EventLinker();

    Scorer(Frequencies stats) {
      this.stats = stats;
    }

    ArticleProfile profile(Ref r) {
      return profiles.computeIfAbsent(r.g(), g -> ArticleProfile.of(r.f().features(), stats));
    }

    /** The nearest earlier (in the replay) articles of {@code pool} in {@code q}'s window, scored. */
    ArrayList<Cand> nearest(Ref q, List<Ref> pool) {
      PriorityQueue<Cand> heap = new PriorityQueue<>(NEARER.reversed());
      float[] v = q.f().eventVector();
      for (Ref r : pool) {
        if (r.rpos() >= q.rpos()) continue;
        if (q.day() != Long.MIN_VALUE && r.day() != Long.MIN_VALUE
            && Math.abs(q.day() - r.day()) > EventLinker.WINDOW_DAYS) {
          continue;
        }
        heap.add(new Cand(r.g(), r.rpos(), StoryDetector.dot(v, r.f().eventVector()), 0));
        if (heap.size() > EventLinker.NEIGHBOURS) heap.poll();
      }
      ArrayList<Cand> found = new ArrayList<>(heap);
      found.sort(NEARER);
      Map<Long, Ref> byG = new HashMap<>();
      for (Ref r : pool) byG.put(r.g(), r);
      ArticleProfile pq = profile(q);
      ArticleFeatures fq = pq.features();
      ArrayList<Cand> out = new ArrayList<>(found.size());
      for (Cand c : found) {
        Ref r = byG.get(c.g());
        ArticleProfile pr = profile(r);
        double score = linker.score(PairEvidence.of(pq, pr), c.cos(), fq, pr.features(), q.f().covered() && r.f().covered());
        out.add(new Cand(c.g(), c.rpos(), c.cos(), score));
      }
      return out;
    }
  }

  /** Per article, the lowest {@code g} of its connected component of strong pairs. */
  static int[] components(int n, List<long[]> strong) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (long[] e : strong) {
      int a = find(parent, (int) e[0]);
      int b = find(parent, (int) e[1]);
      if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    for (int i = 0; i < n; i++) parent[i] = find(parent, i);
    return parent;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** What the replay decided for one article: the {@code g} of the article that opened its event. */
  record Decided(long g, long founder, double confidence, String partner, double similarity, ArrayList<String> names,
      Long daysApart) implements Serializable {}

  /** Replays one component (its articles with their candidates) as the single-machine replay does. */
  static Iterator<Decided> replay(Iterable<Tuple2<Ref, ArrayList<Cand>>> members, Frequencies stats) {
    List<Tuple2<Ref, ArrayList<Cand>>> list = new ArrayList<>();
    members.forEach(list::add);
    list.sort(Comparator.comparingInt(t -> t._1().rpos()));
    Map<Long, Integer> local = new HashMap<>();
    for (int i = 0; i < list.size(); i++) local.put(list.get(i)._1().g(), i);
    List<ArticleProfile> profiles = new ArrayList<>(list.size());
    List<List<StoryDetector.Candidate>> candidates = new ArrayList<>(list.size());
    int[] order = new int[list.size()];
    int[] key = new int[list.size()];
    for (int i = 0; i < list.size(); i++) {
      Ref r = list.get(i)._1();
      profiles.add(ArticleProfile.of(r.f().features(), stats));
      order[i] = i;
      key[i] = Math.toIntExact(r.g());
      List<StoryDetector.Candidate> in = new ArrayList<>();
      for (Cand c : list.get(i)._2()) {
        Integer j = local.get(c.g());
        if (j != null) in.add(new StoryDetector.Candidate(j, c.score(), c.cos()));
      }
      candidates.add(in);
    }
    StoryDetector.Replay replay = StoryDetector.replayEvents(profiles, order, key, candidates);
    List<Decided> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      EventLinker.Decision d = replay.decisions()[i];
      EventLinker.Evidence e = d.evidence();
      out.add(new Decided(list.get(i)._1().g(), list.get(replay.event()[i])._1().g(), d.confidence(),
          e.partner().orElse(null), e.similarity(), new ArrayList<>(e.sharedNames()), e.daysApart().orElse(null)));
    }
    return out.iterator();
  }
}
