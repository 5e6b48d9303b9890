package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
import io.parallax.nlp.TextEmbedder;
import io.parallax.store.Store;
import io.parallax.store.StoredArticle;
import io.parallax.store.StoredEvent;
import io.parallax.store.StoredStoryline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns articles one at a time, as they arrive, to the events and storylines in a {@link Store}.
 *
 * <p>For each new article: retrieve the {@link StoryConfig#neighbours() nearest} stored articles by
 * BM25 over its strongest content words and names among the most recent {@link #DEFAULT_WINDOW}
 * (by default) articles of the store (never a scan of the store; the window bounds the cost of the
 * search as the store grows), compute the calibrated
 * event and storyline probabilities against each, and join the event whose retrieved members agree
 * best on average if that clears the event threshold; otherwise open a new event in the best
 * storyline if that clears the storyline threshold; otherwise open a new storyline. An article whose
 * id is already stored keeps its assignment, so re-running an interrupted run adds only what is
 * missing. Same store and same input order give the same result. Not thread-safe.
 */
public final class IncrementalStoryDetector {

  /** Query terms per candidate search: content words and names. */
  static final int QUERY_TERMS = 30;
  static final int QUERY_NAMES = 10;
  /**
   * Candidates come from the most recent {@value} articles written to the store: a bounded window keeps
   * the cost of assigning an article flat as the store grows (see docs/benchmarks-story.md).
   */
  public static final long DEFAULT_WINDOW = 200_000;
  /** Decoded profiles kept for recent writes (at least the store's in-memory window of recent articles). */
  static final int RECENT_PROFILES = 1024;
  /** Stale stored articles kept re-weighted between statistics refreshes (the most recently compared). */
  static final int WEIGHED_CANDIDATES = 4096;
  /**
   * A stored article's own weights are used when the statistics that made them counted at least this
   * share of the articles counted now, or at least {@link #SETTLED_STATISTICS} articles; an older one
   * is weighted again with today's statistics. That re-weights what was indexed into a young store (the
   * first articles of a store were weighted by a handful of articles) and nothing later.
   */
  static final double FRESH_SHARE = 0.9;
  /**
   * Statistics over this many articles are taken as settled: weights made with them are not redone.
   * Bounds the cost of re-weighting to the articles indexed while the store was young, few enough to
   * stay in the cache of {@link #WEIGHED_CANDIDATES} (re-weighting every candidate whose statistics were
   * a tenth behind cost 40-60% more CPU per article at 100k-400k; with a bound of 10,000 the first
   * 10,000 articles stayed candidates for the whole retrieval window, overflowed the cache and were
   * weighted again and again: 7.9 ms per article and p99 25 ms at 200k, docs/benchmarks-story.md).
   * A store of up to this many articles (ECB+ dev, the sample corpus) is assigned as with any bound.
   */
  static final long SETTLED_STATISTICS = 1_000;

  private final Store store;
  private final StoryConfig config;
  private final Optional<TextEmbedder> embedder;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private final CachedStoreStatistics stats;
  private final long window;
  /** The shared event decision; empty for the lexical detector, which decides events by its own model. */
  private final Optional<EventLinker> linker;
  /**
   * Decoded features of the articles this detector stored last, by the identity of their encoded
   * bytes: the store hands recent writes back as the same objects, so those candidates (about half of
   * them) are not decoded again. Read-back candidates carry fresh arrays and are decoded.
   */
  private final Map<byte[], StoredProfile> decoded = new LinkedHashMap<>(2048, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<byte[], StoredProfile> eldest) {
      return size() > RECENT_PROFILES;
    }
  };
  /** Events merged into others so far (see {@link #merges()}). */
  private long merges;

  public IncrementalStoryDetector(Store store, StoryConfig config, Optional<TextEmbedder> embedder) {
    this(store, config, embedder, DEFAULT_WINDOW);
  }

  /** As {@link #IncrementalStoryDetector(Store, StoryConfig, Optional)}, retrieving candidates among the {@code window} most recent articles. */
  public IncrementalStoryDetector(Store store, StoryConfig config, Optional<TextEmbedder> embedder, long window) {
    this(store, config, embedder, window, false);
  }

  private IncrementalStoryDetector(Store store, StoryConfig config, Optional<TextEmbedder> embedder, long window,
      boolean linkEvents) {
    this(store, config, embedder, window, linkEvents ? Optional.of(new EventLinker()) : Optional.empty());
  }

  /** The default detector ({@link #standard}) with {@code linker} taking the event decisions. */
  static IncrementalStoryDetector standard(Store store, long window, TextEmbedder embedder, EventLinker linker) {
    return new IncrementalStoryDetector(store, StoryConfig.incremental(), Optional.of(embedder), window, Optional.of(linker));
  }

  private IncrementalStoryDetector(Store store, StoryConfig config, Optional<TextEmbedder> embedder, long window,
      Optional<EventLinker> eventLinker) {
    boolean linkEvents = eventLinker.isPresent();
    if (window < 1) {
      throw new IllegalArgumentException("The retrieval window must hold at least 1 article, got " + window);
    }
    if ((config.useEmbeddings() || linkEvents) && embedder.isEmpty()) {
      throw new IllegalArgumentException("The story configuration expects embeddings but no embedder was given");
    }
    this.store = store;
    this.config = config;
    this.embedder = config.useEmbeddings() || linkEvents ? embedder : Optional.empty();
    this.linker = eventLinker;
    this.stats = new CachedStoreStatistics(store, window);
    this.window = window;
  }

  /**
   * The default: events by the decision {@code cluster} takes ({@link EventLinker}, on the event
   * encoder's embeddings of title and lead), storylines by the calibrated lexical storyline model;
   * candidates among the {@code window} most recent articles.
   */
  public static IncrementalStoryDetector standard(Store store, long window) {
    return new IncrementalStoryDetector(store, StoryConfig.incremental(), Optional.of(MiniLm.events()), window, true);
  }

  /** The calibrated lexical detector (no embeddings on the hot path). */
  public static IncrementalStoryDetector lexical(Store store) {
    return lexical(store, DEFAULT_WINDOW);
  }

  /** The calibrated lexical detector, retrieving candidates among the {@code window} most recent articles. */
  public static IncrementalStoryDetector lexical(Store store, long window) {
    return new IncrementalStoryDetector(store, StoryConfig.incremental(), Optional.empty(), window);
  }

  /** Assigns {@code article}, stores it and returns where it went. */
  public Stories.Assignment assign(CleanArticle article) throws IOException {
    return assign(article, null);
  }

  /**
   * Assigns {@code articles} in order, as {@link #assign} one by one would, but embeds the new ones in
   * one call first (the embedder then uses every core).
   */
  public List<Stories.Assignment> assignAll(List<CleanArticle> articles) throws IOException {
    Map<String, float[]> vectors = new HashMap<>();
    if (embedder.isPresent()) {
      Map<String, CleanArticle> fresh = new LinkedHashMap<>(); // not stored yet, first of their id in the group
      for (CleanArticle a : articles) {
        if (!fresh.containsKey(a.id()) && store.article(a.id()).isEmpty()) fresh.put(a.id(), a);
      }
      List<CleanArticle> toEmbed = List.copyOf(fresh.values());
      List<float[]> embedded = embedder.get().embed(toEmbed.stream().map(FeatureExtractor::embeddingText).toList());
      for (int i = 0; i < toEmbed.size(); i++) vectors.put(toEmbed.get(i).id(), embedded.get(i));
    }
    List<Stories.Assignment> out = new ArrayList<>(articles.size());
    for (CleanArticle a : articles) out.add(assign(a, vectors.get(a.id())));
    return out;
  }

  /** As {@link #assign(CleanArticle)}, with the article's embedding already computed (ignored by a detector that uses none). */
  public Stories.Assignment assign(CleanArticle article, float[] embedding) throws IOException {
    Optional<StoredArticle> known = store.article(article.id());
    if (known.isPresent()) {
      return new Stories.Assignment(article.id(), known.get().eventId(), known.get().storylineId());
    }
    ArticleFeatures plain = extractor.extract(article);
    ArticleFeatures f = embedder.isEmpty() ? plain : plain.withEmbedding(embedding != null ? embedding
        : embedder.get().embed(List.of(FeatureExtractor.embeddingText(article))).get(0));
    stats.startArticle(f);
    ArticleProfile profile = ArticleProfile.of(f, stats);

    List<StoredArticle> candidates = store.similarArticles(
        top(profile.terms(), QUERY_TERMS, ""), top(profile.names(), QUERY_NAMES, ""), config.neighbours(), window);
    Map<String, double[]> eventScores = new LinkedHashMap<>(); // event -> {sum, n}
    Map<String, double[]> storyScores = new LinkedHashMap<>();
    Map<String, String> storyOfEvent = new HashMap<>();
    List<EventLinker.Partner> partners = new ArrayList<>();
    boolean covered = EventLinker.covers(article.article().language()); // the stored side's language is not kept
    for (StoredArticle c : candidates) {
      StoredProfile stored = decoded.get(c.features());
      if (stored == null) stored = FeatureCodec.decode(c.features());
      PairEvidence e = stored.weighedAt() >= SETTLED_STATISTICS || stored.weighedAt() >= FRESH_SHARE * stats.documents()
          ? PairEvidence.of(profile, stored.asStored())
          // stale weights: both sides weighted with today's statistics, which count the new article
          : stats.weights(c.id(), stored).evidence(profile);
      double ps = config.storylineProbability(e);
      double pe = config.eventProbability(e);
      storyOfEvent.put(c.eventId(), c.storylineId());
      add(storyScores, c.storylineId(), ps);
      add(eventScores, c.eventId(), pe);
      ArticleFeatures theirs = stored.asStored().features();
      if (linker.isPresent() && !EventLinker.apart(f, theirs)) {
        partners.add(new EventLinker.Partner(c.id(), c.eventId(), linker.get().score(e, e.embedding(), f, theirs, covered),
            e.embedding(), stored.asStored()));
      }
    }
    Optional<EventLinker.Decision> decision = linker.map(l -> l.decide(profile, partners));
    Optional<Map.Entry<String, Double>> bestEvent = best(eventScores);
    Optional<Map.Entry<String, Double>> bestStory = best(storyScores);
    String eventId;
    String storylineId;
    boolean newEvent = false;
    boolean newStoryline = false;
    if (decision.isPresent() && decision.get().event().isPresent()) {
      eventId = decision.get().event().get();
      storylineId = storyOfEvent.get(eventId);
    } else if (decision.isEmpty() && bestEvent.isPresent() && bestEvent.get().getValue() >= config.eventThreshold()
        && storyScores.get(storyOfEvent.get(bestEvent.get().getKey()))[0]
            / storyScores.get(storyOfEvent.get(bestEvent.get().getKey()))[1] >= config.storylineThreshold()) {
      eventId = bestEvent.get().getKey();
      storylineId = storyOfEvent.get(eventId);
    } else if (bestStory.isPresent() && bestStory.get().getValue() >= config.storylineThreshold()) {
      storylineId = bestStory.get().getKey();
      eventId = "e-" + article.id();
      newEvent = true;
    } else {
      storylineId = "s-" + article.id();
      eventId = "e-" + article.id();
      newEvent = true;
      newStoryline = true;
    }
    byte[] encoded = FeatureCodec.encode(profile, stats.documents());
    StoredArticle stored = new StoredArticle(article.id(), f.title(), article.text(), f.published(), eventId, storylineId,
        f.terms().keySet(), f.names().keySet(), encoded);
    // the embedding also goes to the store's vector index, for semantic search (it decides nothing here)
    if (f.hasEmbedding()) store.put(stored, f.embedding());
    else store.put(stored);
    int absorbed = 0;
    for (String gone : decision.map(EventLinker.Decision::merged).orElse(List.of())) {
      // an event the article also matches strongly merges into the one it joined (EventLinker.MERGE_THRESHOLD)
      StoredEvent other = storedEvent(gone);
      store.moveEvent(gone, eventId, storylineId);
      absorbed += other.articleCount();
      merges++;
      if (!other.storylineId().equals(storylineId)) {
        Optional<StoredStoryline> left = store.storyline(other.storylineId());
        if (left.isPresent() && left.get().eventCount() > 1) {
          store.put(new StoredStoryline(left.get().id(), left.get().title(), left.get().eventCount() - 1));
        } else if (left.isPresent()) {
          store.deleteStoryline(left.get().id()); // its only event merged away: no storyline without events
        }
      }
    }
    int joined = absorbed;
    StoredEvent event = newEvent
        ? new StoredEvent(eventId, storylineId, f.title(), f.date(), 1, f.title())
        : Optional.of(storedEvent(eventId)).map(old -> new StoredEvent(old.id(), old.storylineId(), old.title(),
            old.date().or(() -> f.date()), old.articleCount() + 1 + joined,
            old.articleCount() < 20 ? old.text() + "\n" + f.title() : old.text())).orElseThrow();
    store.put(event);
    if (newStoryline) {
      store.put(new StoredStoryline(storylineId, f.title(), 1));
    } else if (newEvent) {
      StoredStoryline old = store.storyline(storylineId).orElse(new StoredStoryline(storylineId, f.title(), 0));
      store.put(new StoredStoryline(storylineId, old.title(), old.eventCount() + 1));
    }
    decoded.put(encoded, FeatureCodec.decode(encoded));
    stats.finishArticle();
    return decision.map(d -> new Stories.Assignment(article.id(), eventId, storylineId, d.confidence(), Optional.of(d.evidence())))
        .orElseGet(() -> new Stories.Assignment(article.id(), eventId, storylineId));
  }

  private StoredEvent storedEvent(String id) throws IOException {
    return store.event(id).orElseThrow(() -> new IllegalStateException("Event " + id + " of a stored article is missing "
        + "from the store at " + store.location() + "; the store is damaged: re-index into a fresh one"));
  }

  /**
   * How many events this detector merged into others ({@link EventLinker.Decision#merged}): when any,
   * assignments it returned earlier may name an event whose articles have moved since; the store holds
   * each article's event now.
   */
  public long merges() {
    return merges;
  }

  private static void add(Map<String, double[]> scores, String key, double p) {
    double[] s = scores.computeIfAbsent(key, k -> new double[2]);
    s[0] += p;
    s[1]++;
  }

  private static Optional<Map.Entry<String, Double>> best(Map<String, double[]> scores) {
    return scores.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue()[0] / e.getValue()[1]))
        .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
  }

  private static Map<String, Float> top(SparseVector v, int n, String prefix) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < v.keys().length; i++) order.add(i);
    order.sort(Comparator.<Integer>comparingDouble(i -> -v.weights()[i]).thenComparing(i -> v.keys()[i]));
    Map<String, Float> out = new LinkedHashMap<>();
    for (int i : order.subList(0, Math.min(n, order.size()))) out.put(prefix + v.keys()[i], v.weights()[i]);
    return out;
  }

  /**
   * Document frequencies from the store, over the segments that hold the retrieval window (the whole
   * store until it outgrows the window: see {@link Store#termDocFreq(String, long)}), plus the article
   * being assigned for its own keys. Frequencies and the article count are read at a refresh and kept
   * until a tenth as many articles as were counted have arrived since (on a small store that is every
   * article) or the store commits; stale stored articles compared in that time are weighted once
   * ({@link CandidateWeights}).
   */
  static final class CachedStoreStatistics implements TermStatistics, CandidateWeights.CountsAtFill {
    private final Store store;
    private final long window;
    private final Map<String, CandidateWeights.KeyIdf> terms = new HashMap<>();
    private final Map<String, CandidateWeights.KeyIdf> names = new HashMap<>();
    private final Map<String, CandidateWeights> weighed = new LinkedHashMap<>(2 * WEIGHED_CANDIDATES, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CandidateWeights> eldest) {
        return size() > WEIGHED_CANDIDATES;
      }
    };
    private ArticleFeatures current;
    private long documentsAtFill;
    private long arrivedAtFill;
    /** The store's commits at the last refresh: -1 before the first. */
    private long commitsAtFill = -1;

    CachedStoreStatistics(Store store, long window) {
      this.store = store;
      this.window = window;
    }

    /**
     * Counts {@code f} as the article being assigned, and refreshes the statistics when it is due: a
     * tenth more articles than were counted, or a commit of the store since the last refresh. A detector
     * on a store reopened at a commit starts from an empty cache; refreshing at the commit puts the
     * uninterrupted detector in that same state, so nothing it decides with depends on when its process
     * started (a run resumed after a kill assigns as an uninterrupted one, IndexResumeIT).
     */
    void startArticle(ArticleFeatures f) {
      current = f;
      long arrived = store.articleCount() + 1;
      if (arrived - arrivedAtFill > documentsAtFill * 0.1 || store.commits() != commitsAtFill) {
        commitsAtFill = store.commits();
        terms.clear();
        names.clear();
        weighed.clear();
        try {
          documentsAtFill = store.articleCount(window) + 1;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("Counting the articles of the store at " + store.location() + " failed", e);
        }
        arrivedAtFill = arrived;
      }
    }

    void finishArticle() {
      current = null;
    }

    /** A stored candidate weighted with the statistics of this refresh, before fitting to the new article. */
    CandidateWeights weights(String id, StoredProfile stored) {
      CandidateWeights w = weighed.get(id);
      if (w == null) {
        w = new CandidateWeights(stored, this);
        weighed.put(id, w);
      }
      return w;
    }

    @Override
    public long documents() {
      return documentsAtFill;
    }

    @Override
    public long docFreq(Field field, String key) {
      return storedDocFreq(field, key) + (own(field, key) ? 1 : 0);
    }

    /** As {@link TermStatistics#idf}, from the cache. */
    @Override
    public double idf(Field field, String key) {
      CandidateWeights.KeyIdf idf = keyIdf(field, key);
      return own(field, key) ? idf.shared() : idf.stored();
    }

    @Override
    public CandidateWeights.KeyIdf keyIdf(Field field, String key) {
      Map<String, CandidateWeights.KeyIdf> cache = field == Field.TERM ? terms : names;
      CandidateWeights.KeyIdf idf = cache.get(key);
      if (idf == null) {
        long df = storedDocFreq(field, key);
        idf = new CandidateWeights.KeyIdf(idf(df), idf(df + 1));
        cache.put(key, idf);
      }
      return idf;
    }

    private boolean own(Field field, String key) {
      return current != null && (field == Field.TERM ? current.terms() : current.names()).containsKey(key);
    }

    private double idf(long docFreq) {
      return Math.max(0, Math.log((documentsAtFill + PRIOR_DOCUMENTS + 1.0) / (docFreq + 1.0)));
    }

    private long storedDocFreq(Field field, String key) {
      try {
        return field == Field.TERM ? store.termDocFreq(key, window) : store.nameDocFreq(key, window);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("Reading document frequencies from the store at " + store.location() + " failed", e);
      }
    }
  }
}
