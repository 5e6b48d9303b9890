package io.parallax.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.clean.CleanArticle;
import io.parallax.clean.FurnitureCleaner;
import io.parallax.model.Article;
import io.parallax.model.RunSummary;
import io.parallax.model.Skipped;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.MiniLm;
import io.parallax.nlp.TextEmbedder;
import io.parallax.pipeline.Analysis;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import io.parallax.report.JsonReport;
import io.parallax.report.Report;
import io.parallax.report.ReportBuilder;
import io.parallax.store.SearchHit;
import io.parallax.store.Store;
import io.parallax.story.FeatureExtractor;
import io.parallax.story.IncrementalStoryDetector;
import io.parallax.story.Stories;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The store as the web reader sees it: a {@link Catalog} snapshot, per-event analyses computed on first
 * request (annotation, comparison, brief: the stages of {@code analyze}) and cached, keyword and semantic search,
 * and writes of new articles. The store is not thread-safe: every use of it holds this library's lock.
 */
public final class Library implements Closeable {

  /** Event analyses kept in memory (least recently used dropped first). */
  static final int CACHED_EVENTS = 1024;

  private final Store store;
  private final ArticleArchive archive;
  private final Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
  private final IncrementalStoryDetector detector;
  private final Object lock = new Object();
  /** The event encoder, for query vectors and the vectors of articles added here (loads on first use). */
  private final TextEmbedder encoder = MiniLm.events();
  private final Map<String, Catalog.Meta> meta = new HashMap<>();
  private volatile Catalog catalog;

  /** An analysis being computed or computed, for one list of member articles. */
  private record Cached(List<String> articleIds, CompletableFuture<EventView> view) {}

  private final Map<String, Cached> views = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
      return size() > CACHED_EVENTS;
    }
  };

  private Library(Store store, ArticleArchive archive) throws IOException {
    this.store = store;
    this.archive = archive;
    this.detector = IncrementalStoryDetector.lexical(store);
    archive.forEach(c -> meta.put(c.id(), meta(c)));
    synchronized (lock) {
      catalog = Catalog.read(store, meta);
    }
  }

  /** Opens the store in {@code dir} with its archive of texts. */
  public static Library open(Path dir) throws IOException {
    Store store = Store.open(dir);
    try {
      return new Library(store, ArticleArchive.of(dir));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Catalog.Meta meta(CleanArticle c) {
    return new Catalog.Meta(ReportBuilder.outletOrId(c), c.article().language(), c.article().url());
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * One event compared across its outlets, with its brief: the report of {@code analyze} restricted to
   * this event and its articles. Computed once per membership of the event.
   */
  public Optional<EventView> event(String id) {
    Optional<Catalog.EventInfo> info = catalog.event(id);
    if (info.isEmpty()) return Optional.empty();
    Catalog.EventInfo e = info.get();
    List<String> ids = e.articleIds();
    CompletableFuture<EventView> mine = new CompletableFuture<>();
    Cached cached;
    synchronized (views) {
      cached = views.get(id);
      if (cached == null || !cached.articleIds().equals(ids)) {
        cached = new Cached(ids, mine);
        views.put(id, cached);
      }
    }
    if (cached.view() == mine) {
      try {
        mine.complete(analyse(e));
      } catch (RuntimeException ex) {
        mine.completeExceptionally(ex);
        synchronized (views) {
          views.remove(id, cached);
        }
      }
    }
    try {
      return Optional.of(cached.view().join());
    } catch (CompletionException ex) {
      throw ex.getCause() instanceof RuntimeException r ? r : ex;
    }
  }

  /** Analyses the events the unfiltered front page lists first (failures are left for their pages to report). */
  public void warmFrontPage() {
    catalog.ranked().stream().filter(e -> e.outlets().size() > 1).limit(Pages.FRONT_PAGE_EVENTS).forEach(e -> {
      try {
        event(e.id());
      } catch (RuntimeException ex) {
        // the event's page says what went wrong
      }
    });
  }

  /** The event view if already computed; never computes. */
  public Optional<EventView> eventIfReady(String id) {
    Optional<Catalog.EventInfo> info = catalog.event(id);
    if (info.isEmpty()) return Optional.empty();
    Cached cached;
    synchronized (views) {
      cached = views.get(id);
    }
    if (cached == null || !cached.articleIds().equals(info.get().articleIds()) || !cached.view().isDone()
        || cached.view().isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(cached.view().join());
  }

  private EventView analyse(Catalog.EventInfo e) {
    List<CleanArticle> clean = new ArrayList<>();
    try {
      for (String id : e.articleIds()) {
        clean.add(archive.get(id).orElseThrow(() -> new IllegalStateException("the text of article " + id
            + " is not in the store's archive (indexed by an older Parallax?): re-index it with 'parallax index'")));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    Map<String, Annotations> annotations = pipeline.annotate(clean, ProgressListener.NONE);
    Stories one = new Stories(List.of(),
        List.of(new Stories.Event(e.id(), e.storylineId(), e.title(), e.date(), e.articleIds())),
        List.of(new Stories.Storyline(e.storylineId(), e.title(), List.of(e.id()))));
    Analysis analysis = pipeline.compare(clean, annotations, one,
        new RunSummary(clean.size(), clean.size(), List.of(), List.of()), ProgressListener.NONE);
    Report report = ReportBuilder.build(analysis);
    return new EventView(e, report);
  }

  /** Full-text search (Lucene query syntax); a malformed query throws {@link IllegalArgumentException} with a readable message. */
  public List<SearchHit> search(String query, int limit) throws IOException {
    synchronized (lock) {
      return store.search(query, limit);
    }
  }

  /**
   * One hit of the combined search: the store's hit, scored with its fused score, and which searches
   * found it ({@code keyword}: full text; {@code semantic}: nearest article vectors).
   */
  public record Found(SearchHit hit, boolean keyword, boolean semantic) {}

  /** Rank constant of reciprocal rank fusion (the usual 60: the first ranks weigh little more than the next). */
  static final int FUSION_K = 60;
  /** Least cosine similarity for a semantic hit: below it the nearest articles are on other stories. */
  static final double MIN_SIMILARITY = 0.35;
  /** Hits considered from each search before filtering. */
  private static final int CANDIDATES = 200;

  /**
   * Keyword and semantic search combined by reciprocal rank fusion: each hit scores the sum, over the
   * searches that found it, of 1 / ({@value #FUSION_K} + its rank there), after {@code filter}; best
   * first (ties: found by keyword first, then by id), at most {@code limit}. The semantic side embeds
   * the query with the event encoder and finds the articles whose title and lead are nearest (cosine
   * similarity at least {@value #MIN_SIMILARITY}); articles without a vector are found by keyword only.
   * A malformed query throws {@link IllegalArgumentException}, with no semantic hits either.
   */
  public List<Found> search(String query, Catalog.Filter filter, int limit) throws IOException {
    List<SearchHit> keyword;
    synchronized (lock) {
      keyword = store.search(query, CANDIDATES);
    }
    float[] vector = encoder.embed(List.of(query)).get(0);
    List<SearchHit> semantic;
    synchronized (lock) {
      semantic = store.nearestArticles(vector, CANDIDATES);
    }
    Catalog snapshot = catalog;
    Map<String, Fused> fused = new LinkedHashMap<>();
    fuse(fused, keyword.stream().filter(h -> filter.accepts(snapshot, h)).toList(), 0);
    fuse(fused, semantic.stream().filter(h -> h.score() >= MIN_SIMILARITY && filter.accepts(snapshot, h)).toList(), 1);
    return fused.values().stream()
        .sorted(Comparator.comparingDouble((Fused f) -> -f.score).thenComparing(f -> !f.by[0])
            .thenComparing(f -> f.hit.kind() + ":" + f.hit.id()))
        .limit(limit)
        .map(f -> new Found(new SearchHit(f.hit.kind(), f.hit.id(), f.hit.title(), (float) f.score, f.hit.eventId(),
            f.hit.storylineId()), f.by[0], f.by[1]))
        .toList();
  }

  /** A hit being fused: its fused score so far, and which lists hold it (0: keyword, 1: semantic). */
  private static final class Fused {
    final SearchHit hit;
    double score;
    final boolean[] by = new boolean[2];

    Fused(SearchHit hit) {
      this.hit = hit;
    }
  }

  /** Adds each hit of one ranked list (list {@code which}) its reciprocal rank, 1 / (FUSION_K + rank). */
  private static void fuse(Map<String, Fused> fused, List<SearchHit> ranked, int which) {
    for (int i = 0; i < ranked.size(); i++) {
      SearchHit h = ranked.get(i);
      Fused f = fused.computeIfAbsent(h.kind() + ":" + h.id(), k -> new Fused(h));
      f.score += 1.0 / (FUSION_K + i + 1);
      f.by[which] = true;
    }
  }

  /** What {@link #add} did: where each new article went, and what was skipped and why. */
  public record Added(List<Stories.Assignment> assigned, List<Skipped> skipped) {}

  /**
   * Reads articles given as JSON (one object or an array of objects with the JSONL fields: id, title,
   * outlet, published, text or html, …), assigns each to an event, archives its text and commits.
   */
  public Added add(JsonNode articles) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    if (articles.isArray()) articles.forEach(items::add);
    else items.add(articles);
    Path tmp = Files.createTempFile("parallax-post", ".jsonl");
    try {
      StringBuilder lines = new StringBuilder();
      for (JsonNode n : items) lines.append(JsonReport.compact().writeValueAsString(n)).append('\n');
      Files.writeString(tmp, lines, StandardCharsets.UTF_8);
      List<CleanArticle> read = new ArrayList<>();
      RunSummary summary = pipeline.stream(List.of(tmp), read::add, ProgressListener.NONE);
      List<Skipped> skipped = summary.skipped().stream()
          .map(s -> new Skipped(s.source().replace(tmp.toString(), "body"), s.reason())).toList();
      return new Added(store(read), skipped);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Cleans {@code articles} (furniture rules, repetition within the batch) and adds them as {@link #add} does. */
  public List<Stories.Assignment> addArticles(List<Article> articles) throws IOException {
    return store(new FurnitureCleaner().clean(articles));
  }

  /** Assigns each article to an event, archives its text, commits, and publishes a new catalog. */
  private List<Stories.Assignment> store(List<CleanArticle> articles) throws IOException {
    List<Stories.Assignment> assigned = new ArrayList<>();
    List<float[]> vectors = encoder.embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
    synchronized (lock) {
      for (int i = 0; i < articles.size(); i++) {
        CleanArticle clean = articles.get(i);
        assigned.add(detector.assign(clean));
        store.putVector(clean.id(), vectors.get(i)); // for semantic search, as 'index' stores them
        archive.put(clean);
        meta.put(clean.id(), meta(clean));
      }
      store.commit();
      catalog = Catalog.read(store, meta);
    }
    return assigned;
  }

  @Override
  public void close() throws IOException {
    synchronized (lock) {
      store.close();
    }
  }
}
