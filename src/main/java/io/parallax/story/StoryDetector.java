package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
import io.parallax.nlp.TextEmbedder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Batch event and storyline detection over a set of articles.
 *
 * <p>Each article is compared with its nearest neighbours by TF-IDF (content words and names); every
 * compared pair gets a storyline and an event probability from the calibrated {@link StoryModel}s,
 * which weigh shared vocabulary, names and meaning against evidence that tells happenings apart:
 * event dates (relative ones resolved against the publication date), shared specific dates,
 * conflicting years, quantities and durations. Storylines are average-link clusters of the storyline
 * probabilities; events are average-link clusters, within one storyline, of the event probabilities.
 * The result depends only on the articles and their order.
 */
public final class StoryDetector {

  private final StoryConfig config;
  private final Optional<TextEmbedder> embedder;
  /** The event encoder, for the event decision; empty: the features' own embeddings are used. */
  private final Optional<TextEmbedder> eventEmbedder;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private final EventLinker linker;

  public StoryDetector(StoryConfig config, Optional<TextEmbedder> embedder) {
    if (config.useEmbeddings() && embedder.isEmpty()) {
      throw new IllegalArgumentException("The story configuration expects embeddings but no embedder was given; "
          + "pass one or use StoryConfig.withoutEmbeddings()");
    }
    this.config = config;
    this.embedder = config.useEmbeddings() ? embedder : Optional.empty();
    this.eventEmbedder = Optional.empty();
    this.linker = new EventLinker();
  }

  /**
   * A detector whose storyline evidence uses {@code storylineEmbedder} (the model its storyline
   * calibration saw) and whose event decision uses {@code eventEmbedder}.
   */
  StoryDetector(StoryConfig config, TextEmbedder storylineEmbedder, TextEmbedder eventEmbedder, EventLinker linker) {
    this.config = config;
    this.embedder = Optional.of(storylineEmbedder);
    this.eventEmbedder = Optional.of(eventEmbedder);
    this.linker = linker;
  }

  /**
   * The default detector ({@link #withEmbeddings}): storylines linked with MiniLM document embeddings,
   * events decided by lexical and temporal evidence. On ECB+ dev: event B3 F1 0.926 (as the lexical
   * detector), storyline 0.948 (lexical: 0.923), for 2-3x the CPU time (the model loads on first
   * use; title and lead of each article are embedded); see docs/benchmarks-story.md.
   */
  public static StoryDetector standard() {
    return withEmbeddings();
  }

  /** The calibrated detector without embeddings: faster, storylines less complete (no model load). */
  public static StoryDetector lexical() {
    return new StoryDetector(StoryConfig.withoutEmbeddings(), Optional.empty());
  }

  /**
   * Storylines from the embedding-aware storyline model and centroid merge, events from the lexical
   * event model ({@link StoryConfig#withEmbeddings}); MiniLM loads on the first {@link #detect}.
   */
  public static StoryDetector withEmbeddings() {
    return new StoryDetector(StoryConfig.withEmbeddings(), MiniLm.general(), MiniLm.events(), new EventLinker());
  }

  public StoryConfig config() {
    return config;
  }

  /** Features of the articles, with embeddings when this detector uses them. */
  public List<ArticleFeatures> features(List<CleanArticle> articles) {
    List<ArticleFeatures> out = new ArrayList<>(articles.size());
    for (CleanArticle a : articles) out.add(extractor.extract(a));
    if (embedder.isPresent()) {
      List<float[]> vectors = embedder.get().embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
      for (int i = 0; i < out.size(); i++) out.set(i, out.get(i).withEmbedding(vectors.get(i)));
    }
    return out;
  }

  /**
   * Groups {@code articles} into events and storylines. Article ids must be unique. Meant for one
   * analysis run (up to some 10^4 articles: it holds all features in memory); for a stream, use
   * {@link IncrementalStoryDetector} with the store.
   */
  public Stories detect(List<CleanArticle> articles) {
    java.util.Set<String> uncovered = new java.util.HashSet<>();
    for (CleanArticle a : articles) if (!EventLinker.covers(a.article().language())) uncovered.add(a.id());
    List<ArticleFeatures> features = features(articles);
    return detectFeatures(features, uncovered, eventVectors(articles, features));
  }

  /**
   * The vectors the event decision compares ({@code features}: {@link #features} of the same
   * articles): the event encoder's embeddings of title and lead, or the features' own embeddings when
   * this detector has no event encoder. For runs that split detection into steps (the Spark job).
   */
  public List<float[]> eventVectors(List<CleanArticle> articles, List<ArticleFeatures> features) {
    return eventEmbedder.isPresent() && config.useEmbeddings()
        ? eventEmbedder.get().embed(articles.stream().map(FeatureExtractor::embeddingText).toList())
        : features.stream().map(ArticleFeatures::embedding).toList();
  }

  /** As {@link #detect}, from precomputed features. */
  public Stories detectFeatures(List<ArticleFeatures> features) {
    return detectFeatures(features, java.util.Set.of(), features.stream().map(ArticleFeatures::embedding).toList());
  }

  /** As {@link #detectFeatures(List)}; {@code uncovered}: ids of articles in a language the event encoder does not cover. */
  Stories detectFeatures(List<ArticleFeatures> features, java.util.Set<String> uncovered, List<float[]> eventVectors) {
    checkUnique(features);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    if (config.useEmbeddings()) {
      return streamEvents(features, profiles, storylines(profiles), uncovered, eventVectors);
    }
    List<int[]> pairs = candidatePairs(profiles, config.neighbours());
    List<PairEvidence> evidence = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int[] storyline = clusterStorylines(profiles.size(), pairs, evidence, config);
    int[] event = clusterEvents(storyline, pairs, evidence, config);
    event = attachSmallEvents(profiles, storyline, event, SMALL_EVENT, config.attachThreshold());
    return assemble(features, storyline, event);
  }

  /**
   * The storylines of an embedding-aware detector over {@code profiles} (weighted with the statistics of
   * the whole collection): average-link clusters of the storyline probability of each article's nearest
   * neighbours, then merged by centroid ({@link #mergeStorylines}); per article, the lowest index of its
   * storyline.
   */
  public int[] storylines(List<ArticleProfile> profiles) {
    List<int[]> pairs = candidatePairs(profiles, config.neighbours());
    List<PairEvidence> evidence = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int[] storyline = clusterStorylines(profiles.size(), pairs, evidence, config);
    return config.useEmbeddings() ? mergeStorylines(profiles, pairs, storyline, config.storylineMergeThreshold()) : storyline;
  }

  /**
   * Events by the decision the incremental detector takes ({@link EventLinker}): the articles are
   * replayed in order of publication (an undated article keeps the place of the dated one before it in
   * the input) and each joins the best event among its {@link EventLinker#NEIGHBOURS} most similar
   * earlier articles inside the date window, or opens its own. An event belongs to the storyline of its
   * first article, so events nest in storylines.
   */
  Stories streamEvents(List<ArticleFeatures> features, List<ArticleProfile> profiles, int[] storyline,
      java.util.Set<String> uncovered, List<float[]> eventVectors) {
    int n = features.size();
    int[] order = replayOrder(features);
    List<List<Candidate>> candidates = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
    List<Integer> done = new ArrayList<>();
    for (int i : order) {
      ArticleFeatures f = features.get(i);
      double[] cos = new double[done.size()];
      for (int k = 0; k < done.size(); k++) {
        int j = done.get(k);
        if (EventLinker.apart(f, features.get(j))) {
          cos[k] = Double.NEGATIVE_INFINITY;
          continue;
        }
        cos[k] = dot(eventVectors.get(i), eventVectors.get(j));
      }
      // the NEIGHBOURS most similar (ties: earlier first), kept in a bounded heap whose head is the weakest
      Comparator<Integer> nearer = Comparator.<Integer>comparingDouble(k -> -cos[k]).thenComparingInt(k -> k);
      java.util.PriorityQueue<Integer> nearest = new java.util.PriorityQueue<>(nearer.reversed());
      for (int k = 0; k < done.size(); k++) {
        if (cos[k] == Double.NEGATIVE_INFINITY) continue;
        nearest.add(k);
        if (nearest.size() > EventLinker.NEIGHBOURS) nearest.poll();
      }
      List<Integer> byCos = new ArrayList<>(nearest);
      byCos.sort(nearer);
      List<Candidate> scored = new ArrayList<>(byCos.size());
      for (int k : byCos) {
        int j = done.get(k);
        PairEvidence e = PairEvidence.of(profiles.get(i), profiles.get(j));
        boolean covered = !uncovered.contains(f.id()) && !uncovered.contains(features.get(j).id());
        scored.add(new Candidate(j, linker.score(e, cos[k], f, features.get(j), covered), cos[k]));
      }
      candidates.set(i, scored);
      done.add(i);
    }
    int[] key = new int[n];
    for (int i = 0; i < n; i++) key[i] = i;
    Replay replay = replayEvents(profiles, order, key, candidates, linker);
    int[] nested = new int[n];
    for (int i = 0; i < n; i++) nested[i] = storyline[replay.event()[i]];
    return assemble(features, nested, replay.event(), replay.decisions());
  }

  /**
   * The order in which the event decision replays {@code features}: by publication day, an undated
   * article keeping the place of the dated one before it in the input; ties in input order. Returns the
   * article indices in that order.
   */
  public static int[] replayOrder(List<ArticleFeatures> features) {
    return replayOrder(features.stream()
        .mapToLong(f -> f.published().map(java.time.LocalDate::toEpochDay).orElse(Long.MIN_VALUE)).toArray());
  }

  /** As {@link #replayOrder(List)}, from each article's publication epoch day ({@link Long#MIN_VALUE}: undated). */
  public static int[] replayOrder(long[] published) {
    int n = published.length;
    long[] day = new long[n];
    long last = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (published[i] != Long.MIN_VALUE) last = published[i];
      day[i] = last;
    }
    return java.util.stream.IntStream.range(0, n).boxed()
        .sorted(Comparator.<Integer>comparingLong(i -> day[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /**
   * A scored candidate partner of an article in the event replay.
   *
   * @param partner the index of the partner, an article earlier in the replay
   * @param score its pair score ({@link EventLinker#score})
   * @param similarity the cosine of the two event vectors
   */
  public record Candidate(int partner, double score, double similarity) {}

  /**
   * The outcome of a replay: per article the index of the article that opened its event, and the
   * decision taken for it.
   */
  public record Replay(int[] event, EventLinker.Decision[] decisions) {}

  /**
   * Takes the event decisions ({@link EventLinker#decide}) one article at a time in {@code order}:
   * each article joins the best event among its scored {@code candidates} (nearest first, all earlier in
   * {@code order}) or opens its own, and the events the decision merges into the one it joins take its
   * label (their articles move to it). {@code key[i]} names the event article {@code i} opens (the
   * decision breaks exact ties by it), so a replay over a subset of a collection decides as the replay
   * over the whole collection does when the subset holds every event its articles could join.
   */
  public static Replay replayEvents(List<ArticleProfile> profiles, int[] order, int[] key, List<List<Candidate>> candidates) {
    return replayEvents(profiles, order, key, candidates, new EventLinker());
  }

  static Replay replayEvents(List<ArticleProfile> profiles, int[] order, int[] key, List<List<Candidate>> candidates,
      EventLinker linker) {
    int n = profiles.size();
    int[] event = new int[n];
    EventLinker.Decision[] decisions = new EventLinker.Decision[n];
    Map<String, Integer> byKey = new HashMap<>();
    for (int i : order) {
      List<EventLinker.Partner> partners = new ArrayList<>();
      for (Candidate c : candidates.get(i)) {
        int j = c.partner();
        partners.add(new EventLinker.Partner(profiles.get(j).id(), Integer.toString(key[event[j]]), c.score(),
            c.similarity(), profiles.get(j)));
      }
      EventLinker.Decision d = linker.decide(profiles.get(i), partners);
      decisions[i] = d;
      event[i] = d.event().map(byKey::get).orElse(i);
      if (event[i] == i) byKey.put(Integer.toString(key[i]), i);
      for (String gone : d.merged()) {
        // the merged event's articles, all decided already, move to the event joined
        int opener = byKey.remove(gone);
        for (int k = 0; k < n; k++) if (decisions[k] != null && event[k] == opener) event[k] = event[i];
      }
    }
    return new Replay(event, decisions);
  }

  /** The dot product of two vectors (the cosine of unit vectors), as the event decision computes it. */
  public static double dot(float[] x, float[] y) {
    double s = 0;
    for (int k = 0; k < Math.min(x.length, y.length); k++) s += x[k] * y[k];
    return s;
  }

  /** Average-link clusters of the storyline probability; per article, the lowest article index of its storyline. */
  static int[] clusterStorylines(int n, List<int[]> pairs, List<PairEvidence> evidence, StoryConfig config) {
    AverageLinkClustering clusters = new AverageLinkClustering(n);
    for (int k = 0; k < pairs.size(); k++) {
      clusters.edge(pairs.get(k)[0], pairs.get(k)[1], config.storylineProbability(evidence.get(k)));
    }
    return clusters.cluster(config.storylineThreshold());
  }

  /** Average-link clusters of the event probability, never across storylines. */
  static int[] clusterEvents(int[] storyline, List<int[]> pairs, List<PairEvidence> evidence, StoryConfig config) {
    AverageLinkClustering clusters = new AverageLinkClustering(storyline.length);
    for (int k = 0; k < pairs.size(); k++) {
      int[] p = pairs.get(k);
      if (storyline[p[0]] == storyline[p[1]]) clusters.edge(p[0], p[1], config.eventProbability(evidence.get(k)));
    }
    return clusters.cluster(config.eventThreshold());
  }

  /**
   * Second pass over storylines: two storylines whose centroids share the kind of happening (mean of
   * the subject-word and embedding centroid cosines, average link over storylines joined by a compared
   * article pair) merge when that similarity is at least {@code threshold}. Article pairs are dominated
   * by names, so two happenings of one kind with different actors (two office shootings, two athletes'
   * scoring records) stay apart in the first pass; their centroids keep what is common to each happening
   * and drop what is incidental to single reports.
   */
  static int[] mergeStorylines(List<ArticleProfile> profiles, List<int[]> pairs, int[] storyline, double threshold) {
    Map<Integer, List<ArticleProfile>> members = new TreeMap<>();
    for (int i = 0; i < storyline.length; i++) members.computeIfAbsent(storyline[i], x -> new ArrayList<>()).add(profiles.get(i));
    List<Integer> roots = new ArrayList<>(members.keySet());
    Map<Integer, Integer> index = new HashMap<>();
    for (int r : roots) index.put(r, index.size());
    List<ArticleProfile> centroids = roots.stream().map(r -> ArticleProfile.centroid("storyline" + r, members.get(r))).toList();
    java.util.TreeSet<Long> linked = new java.util.TreeSet<>();
    for (int[] p : pairs) {
      int a = index.get(storyline[p[0]]);
      int b = index.get(storyline[p[1]]);
      if (a != b) linked.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
    }
    AverageLinkClustering clusters = new AverageLinkClustering(roots.size());
    for (long l : linked) {
      clusters.edge((int) (l >>> 32), (int) l, mergeSimilarity(centroids.get((int) (l >>> 32)), centroids.get((int) l)));
    }
    int[] merged = clusters.cluster(threshold);
    int[] out = new int[storyline.length];
    for (int i = 0; i < out.length; i++) out[i] = roots.get(merged[index.get(storyline[i])]);
    return out;
  }

  /**
   * How alike two storylines are for the storyline merge: the mean of the cosines of their subject-word
   * and embedding centroids ({@link ArticleProfile#centroid}).
   */
  public static double mergeSimilarity(ArticleProfile x, ArticleProfile y) {
    return 0.5 * x.subject().dot(y.subject()) + 0.5 * dot(x.features().embedding(), y.features().embedding());
  }

  /** Events of at most this many articles may join a larger event of their storyline. */
  static final int SMALL_EVENT = 3;

  /**
   * Second pass over events: average link leaves articles with weak links to their event (short
   * reports, off-lead wording) as small events of their own. An event of at most {@code maxSize}
   * articles joins the larger event of its storyline whose centroid is most similar (mean of the
   * content-word and name centroid cosines) when that similarity is at least {@code threshold}.
   */
  static int[] attachSmallEvents(List<ArticleProfile> profiles, int[] storyline, int[] event, int maxSize, double threshold) {
    Map<Integer, List<ArticleProfile>> members = new TreeMap<>();
    for (int i = 0; i < event.length; i++) members.computeIfAbsent(event[i], x -> new ArrayList<>()).add(profiles.get(i));
    Map<Integer, ArticleProfile> centroid = new HashMap<>();
    Map<Integer, Integer> storyOf = new HashMap<>();
    for (int i = 0; i < event.length; i++) storyOf.putIfAbsent(event[i], storyline[i]);
    Map<Integer, List<Integer>> storyEvents = new TreeMap<>();
    for (var e : members.entrySet()) {
      centroid.put(e.getKey(), ArticleProfile.centroid("event" + e.getKey(), e.getValue()));
      storyEvents.computeIfAbsent(storyOf.get(e.getKey()), x -> new ArrayList<>()).add(e.getKey());
    }
    Map<Integer, Integer> target = new HashMap<>();
    for (var e : members.entrySet()) {
      int size = e.getValue().size();
      if (size > maxSize) continue;
      double best = threshold;
      int bestEvent = -1;
      ArticleProfile x = centroid.get(e.getKey());
      for (int o : storyEvents.get(storyOf.get(e.getKey()))) {
        if (members.get(o).size() <= size) continue;
        ArticleProfile y = centroid.get(o);
        double sim = 0.5 * x.terms().dot(y.terms()) + 0.5 * x.names().dot(y.names());
        if (sim >= best) {
          best = sim;
          bestEvent = o;
        }
      }
      if (bestEvent >= 0) target.put(e.getKey(), bestEvent);
    }
    int[] out = event.clone();
    for (int i = 0; i < out.length; i++) out[i] = target.getOrDefault(event[i], event[i]);
    return out;
  }

  private static void checkUnique(List<ArticleFeatures> features) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      Integer before = seen.put(features.get(i).id(), i);
      if (before != null) {
        throw new IllegalArgumentException("Article id '" + features.get(i).id() + "' occurs twice (inputs "
            + before + " and " + i + "); give every article a unique id");
      }
    }
  }

  /**
   * For each article its nearest neighbours by the sum of content and name cosines, found through an
   * inverted index of each article's strongest keys; returns unordered pairs {@code i < j}, sorted.
   */
  static List<int[]> candidatePairs(List<ArticleProfile> profiles, int k) {
    int n = profiles.size();
    List<Map<String, Float>> top = new ArrayList<>(n);
    for (ArticleProfile p : profiles) top.add(KeyNeighbours.keys(p));
    KeyNeighbours index = KeyNeighbours.of(top);
    java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++) {
      for (int j : index.nearest(i, top.get(i), k)) pairs.add(pairKey(i, j));
    }
    List<int[]> out = new ArrayList<>(pairs.size());
    for (long p : pairs) out.add(new int[] {(int) (p >>> 32), (int) p});
    return out;
  }

  /** One unordered pair of article indices as a long, lower index first (so pairs sort by it). */
  public static long pairKey(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }

  /** The article's {@code m} heaviest content and name keys (names prefixed with {@code "@"}). */
  static Map<String, Float> strongest(ArticleProfile p, int m) {
    TreeMap<String, Float> all = new TreeMap<>();
    SparseVector t = p.terms();
    for (int i = 0; i < t.keys().length; i++) all.put(t.keys()[i], t.weights()[i]);
    SparseVector nm = p.names();
    for (int i = 0; i < nm.keys().length; i++) all.put("@" + nm.keys()[i], nm.weights()[i]);
    Map<String, Float> out = new LinkedHashMap<>();
    all.entrySet().stream()
        .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(m)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Builds ids and records: ids number events and storylines in order of first appearance. */
  /**
   * The event's title: the first member title that reads like a headline (at most 16 words, no
   * closing full stop: a real headline rather than a lead sentence standing in for one), else the
   * shortest member title.
   */
  static String eventTitle(List<ArticleFeatures> members) {
    for (ArticleFeatures f : members) {
      String t = f.title().strip();
      if (!t.isEmpty() && t.split("\\s+").length <= 16 && !t.endsWith(".") && !t.endsWith("…")) {
        return t;
      }
    }
    return members.stream().map(ArticleFeatures::title).min(java.util.Comparator.comparingInt(String::length))
        .orElse("");
  }

  /** The event {@code id} of {@code members} (in input order), titled and dated as detection does. */
  public static Stories.Event event(String id, String storylineId, List<ArticleFeatures> members) {
    return new Stories.Event(id, storylineId, eventTitle(members), modeDate(members),
        members.stream().map(ArticleFeatures::id).toList());
  }

  static Stories assemble(List<ArticleFeatures> features, int[] storylineOf, int[] eventOf) {
    return assemble(features, storylineOf, eventOf, new EventLinker.Decision[features.size()]);
  }

  static Stories assemble(List<ArticleFeatures> features, int[] storylineOf, int[] eventOf, EventLinker.Decision[] decisions) {
    Map<Integer, String> storyIds = new LinkedHashMap<>();
    Map<Integer, String> eventIds = new LinkedHashMap<>();
    Map<String, List<ArticleFeatures>> members = new LinkedHashMap<>();
    Map<String, String> eventStory = new HashMap<>();
    List<Stories.Assignment> assignments = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      String s = storyIds.computeIfAbsent(storylineOf[i], x -> "s" + (storyIds.size() + 1));
      String e = eventIds.computeIfAbsent(eventOf[i], x -> "e" + (eventIds.size() + 1));
      members.computeIfAbsent(e, x -> new ArrayList<>()).add(features.get(i));
      eventStory.put(e, s);
      EventLinker.Decision d = decisions[i];
      assignments.add(d == null ? new Stories.Assignment(features.get(i).id(), e, s)
          : new Stories.Assignment(features.get(i).id(), e, s, d.confidence(), Optional.of(d.evidence())));
    }
    List<Stories.Event> events = new ArrayList<>();
    Map<String, List<String>> storyEvents = new LinkedHashMap<>();
    Map<String, Stories.Event> largest = new HashMap<>();
    for (var e : members.entrySet()) {
      List<ArticleFeatures> m = e.getValue();
      Stories.Event ev = event(e.getKey(), eventStory.get(e.getKey()), m);
      events.add(ev);
      storyEvents.computeIfAbsent(ev.storylineId(), x -> new ArrayList<>()).add(ev.id());
      largest.merge(ev.storylineId(), ev, (a, b) -> b.articleIds().size() > a.articleIds().size() ? b : a);
    }
    List<Stories.Storyline> storylines = new ArrayList<>();
    for (var s : storyEvents.entrySet()) {
      storylines.add(new Stories.Storyline(s.getKey(), largest.get(s.getKey()).title(), s.getValue()));
    }
    return new Stories(assignments, events, storylines);
  }

  /** The most common event date among members; ties go to the earliest. */
  static Optional<LocalDate> modeDate(List<ArticleFeatures> members) {
    Map<LocalDate, Integer> counts = new TreeMap<>();
    for (ArticleFeatures f : members) f.date().ifPresent(d -> counts.merge(d, 1, Integer::sum));
    return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<LocalDate, Integer>::getValue)
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey);
  }
}
