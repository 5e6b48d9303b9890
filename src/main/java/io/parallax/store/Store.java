package io.parallax.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded on-disk store: one Lucene index holding articles, events and storylines, each keyed by
 * {@code kind:id} so that writing the same id again replaces the document (never duplicates it).
 *
 * <p>Writes become visible to this store's reads at once (recent writes are kept in memory and the
 * searcher is refreshed every {@value #REFRESH_EVERY} writes and at each commit); they become durable
 * at {@link #commit()}. A process killed between commits loses only the uncommitted writes: the index
 * reopens at the last commit. Not thread-safe: one writer per store directory (Lucene's write lock
 * enforces it).
 *
 * <p>Reads are deterministic: the same sequence of writes and commits gives the same candidates and
 * document frequencies whatever the thread timing (segments are merged in the writing thread), and
 * nothing that decides them is kept in memory across a commit: a store reopened at a commit reads as
 * the store that made the commit did right after it.
 *
 * <p>Windowed reads ({@link #similarArticles(Map, Map, int, long)}, {@link #termDocFreq(String, long)})
 * touch only the segments that hold the most recent articles, and merged segments stop growing at
 * {@value #MAX_MERGED_SEGMENT_MB} MiB, so their cost is bounded by the window, not by the store.
 */
public final class Store implements Closeable {

  /** Writes between searcher refreshes; recent writes are searched in memory meanwhile. */
  static final int REFRESH_EVERY = 512;

  private static final String KEY = "key";
  private static final String KIND = "kind";
  private static final String ID = "id";
  private static final String TITLE = "title";
  /** Searchable text of articles only: candidate retrieval needs no filter on the kind of document. */
  private static final String TEXT = "text";
  /** Searchable text of events (their articles' titles) and storylines. */
  private static final String SUMMARY = "summary";
  /**
   * An empty article-text field for events and storylines: it adds no term and does not count in the
   * field's statistics, but gives every document a length norm, so the norms are stored dense and
   * BM25 reads a document's length directly instead of searching a sparse list for it (about a tenth
   * of candidate retrieval's time at 300k articles).
   */
  private static TextField emptyText() {
    return new TextField(TEXT, "", Field.Store.NO);
  }
  private static final String NAMES = "names";
  private static final String EVENT = "event";
  private static final String STORYLINE = "storyline";
  private static final String DATE = "date";
  /** Binary doc value of each article: id, title, date, event, storyline and features, read without stored-field decompression. */
  private static final String CARD = "card";
  private static final String COUNT = "count";
  /**
   * Arrival order: the ordinal of the article written (events and storylines carry the ordinal of the
   * article that last changed them). The index is sorted by it, so the documents of any window of
   * recent arrivals form one contiguous range per segment, and candidate retrieval restricted to a
   * window skips older segments wholesale.
   */
  private static final String SEQ = "seq";
  /**
   * The vector index of articles, a second Lucene index in the store's {@value #VECTORS} folder: one
   * document per article that has an embedding, keyed by the article id. Kept apart from the main index
   * so that the main index's segments, merges and statistics (which decide the candidates of story
   * detection) are exactly what they were without vectors.
   */
  static final String VECTORS = "vectors";
  private static final String VECTOR = "vector";
  /** Commit user data: the next arrival ordinal. */
  private static final String NEXT_SEQ = "parallax.next_seq";

  private final Path dir;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, StoredArticle> recentArticles = new LinkedHashMap<>();
  private final Map<String, StoredEvent> recentEvents = new HashMap<>();
  private final Map<String, StoredStoryline> recentStorylines = new HashMap<>();
  private final Set<String> recentNewArticles = new HashSet<>();
  /** Recent articles by stem and by name: the in-memory scan visits only articles sharing a query key. */
  private final Map<String, List<StoredArticle>> recentByTerm = new HashMap<>();
  private final Map<String, List<StoredArticle>> recentByName = new HashMap<>();
  private final Map<String, Integer> recentTermDf = new HashMap<>();
  private final Map<String, Integer> recentNameDf = new HashMap<>();
  private long committedArticles;
  private int writesSinceRefresh;
  private long commits;
  /** Whether the index is sorted by arrival (stores written before windowed retrieval are not). */
  private final boolean sortedByArrival;
  private long nextSeq;
  /** The vector index's writer and searchers, opened at the first vector written (or at open, when the store has one). */
  private IndexWriter vectorWriter;
  private SearcherManager vectorSearchers;
  private FSDirectory vectorDirectory;
  /** The searcher over the segments that hold the current window (see {@link #window(IndexSearcher, long)}), or null. */
  private WindowView windowView;

  /**
   * Largest segment a merge produces, in MiB. Segments that reach it are no longer merged: articles
   * older than the retrieval window are not rewritten again and again as the store grows (Lucene's
   * default, 5 GiB, re-merges them for ever larger segments), and each stays in one segment of its own
   * age, so a window needs only the few segments that hold it.
   */
  static final double MAX_MERGED_SEGMENT_MB = 512;

  private Store(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    directory = FSDirectory.open(dir);
    Optional<SegmentInfos> existing = DirectoryReader.indexExists(directory)
        ? Optional.of(SegmentInfos.readLatestCommit(directory)) : Optional.<SegmentInfos>empty();
    // an index sort cannot be added to segments written without one: such stores stay unsorted
    sortedByArrival = existing.map(Store::sortedByArrival).orElse(true);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        // Merges run in the writing thread, at flushes: which merges have finished decides the segment
        // layout and the document frequencies a reader sees (deleted documents count until merged
        // away), so background merges would make candidates depend on thread timing.
        .setMergeScheduler(new SerialMergeScheduler())
        .setMergePolicy(new TieredMergePolicy().setMaxMergedSegmentMB(MAX_MERGED_SEGMENT_MB));
    if (sortedByArrival) config.setIndexSort(new Sort(new SortField(SEQ, SortField.Type.LONG)));
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
    committedArticles = countKind("article");
    nextSeq = existing.map(c -> c.getUserData().get(NEXT_SEQ)).map(Long::parseLong).orElse(committedArticles);
    if (Files.isDirectory(dir.resolve(VECTORS))) {
      try {
        openVectors();
      } catch (IOException | RuntimeException e) {
        searchers.close();
        writer.close();
        directory.close();
        throw e;
      }
    }
  }

  private void openVectors() throws IOException {
    vectorDirectory = FSDirectory.open(dir.resolve(VECTORS));
    vectorWriter = new IndexWriter(vectorDirectory, new IndexWriterConfig()
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setMergeScheduler(new SerialMergeScheduler()));
    vectorSearchers = new SearcherManager(vectorWriter, null);
  }

  private static boolean sortedByArrival(SegmentInfos commit) {
    for (SegmentCommitInfo segment : commit) {
      Sort sort = segment.info.getIndexSort();
      if (sort == null || !sort.getSort()[0].getField().equals(SEQ)) return false;
    }
    return true;
  }

  /**
   * Opens (creating when absent) the store in {@code dir} for writing.
   *
   * @throws StoreUnavailableException when another process writes to it or its files are damaged
   */
  public static Store open(Path dir) throws IOException {
    try {
      return new Store(dir);
    } catch (LockObtainFailedException e) {
      throw new StoreUnavailableException("the store at " + dir + " is in use by another process (a running "
          + "'parallax index'?); wait for it to finish, or give another --store", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(dir, e);
    }
  }

  private static StoreUnavailableException damaged(Path dir, IOException e) {
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return new StoreUnavailableException("the store at " + dir + " is damaged or was written by another version ("
        + first + "); move it aside and run 'parallax index' on your inputs again to rebuild it, or restore a backup", e);
  }

  /**
   * Full-text search over the store in {@code dir} as {@link #search(String, int)} does, read-only: no
   * lock is taken and nothing is written, so it works while another process indexes (it sees the last
   * commit) and on a read-only store.
   *
   * @throws StoreUnavailableException when there is no store in {@code dir} or its files are damaged
   * @throws IllegalArgumentException when {@code query} is not valid Lucene query syntax
   */
  public static List<SearchHit> search(Path dir, String query, int limit) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new StoreUnavailableException("no store at " + dir + "; run 'parallax index PATH…' first", null);
      }
      try (Analyzer analyzer = new EnglishAnalyzer(); DirectoryReader reader = DirectoryReader.open(directory)) {
        return search(new IndexSearcher(reader), analyzer, query, limit);
      }
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(dir, e);
    }
  }

  /** The default location: {@code .parallax/store} under the working directory. */
  public static Path defaultLocation() {
    return Path.of(".parallax", "store");
  }

  public Path location() {
    return dir;
  }

  /** Number of articles stored (committed or not). */
  public long articleCount() {
    return committedArticles + recentNewArticles.size();
  }

  public Optional<StoredArticle> article(String id) throws IOException {
    StoredArticle recent = recentArticles.get(id);
    if (recent != null) return Optional.of(recent);
    IndexSearcher s = searchers.acquire();
    try {
      int doc = find(s, "article:" + id);
      return doc < 0 ? Optional.empty() : Optional.of(card(s, doc));
    } finally {
      searchers.release(s);
    }
  }

  private boolean containsArticle(String id) throws IOException {
    if (recentArticles.containsKey(id)) return true;
    IndexSearcher s = searchers.acquire();
    try {
      return find(s, "article:" + id) >= 0;
    } finally {
      searchers.release(s);
    }
  }

  public Optional<StoredEvent> event(String id) throws IOException {
    StoredEvent recent = recentEvents.get(id);
    if (recent != null) return Optional.of(recent);
    return one("event", id).map(Store::toEvent);
  }

  public Optional<StoredStoryline> storyline(String id) throws IOException {
    StoredStoryline recent = recentStorylines.get(id);
    if (recent != null) return Optional.of(recent);
    return one("storyline", id).map(d -> new StoredStoryline(d.get(ID), d.get(TITLE), d.getField(COUNT).numericValue().intValue()));
  }

  /**
   * Stores {@code a} with its embedding in the vector index, for {@link #nearestArticles(float[], int)}:
   * a vector of any fixed dimension (the same for every article of a store), scaled to unit length here.
   */
  public void put(StoredArticle a, float[] vector) throws IOException {
    put(a);
    putVector(a.id(), vector);
  }

  /** Sets (or replaces) the vector of the stored article {@code id}, as {@link #put(StoredArticle, float[])} does. */
  public void putVector(String id, float[] vector) throws IOException {
    if (vectorWriter == null) openVectors();
    Document d = new Document();
    d.add(new StringField(KEY, id, Field.Store.YES));
    d.add(new KnnFloatVectorField(VECTOR, unit(vector), VectorSimilarityFunction.DOT_PRODUCT));
    vectorWriter.updateDocument(new Term(KEY, id), d);
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    if (n == 0 || !Double.isFinite(n)) throw new IllegalArgumentException("An article vector must be finite and not all zero");
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / Math.sqrt(n));
    return u;
  }

  /** Stores {@code a} (replacing an article of the same id, and dropping the vector it had). */
  public void put(StoredArticle a) throws IOException {
    if (vectorWriter != null) vectorWriter.deleteDocuments(new Term(KEY, a.id()));
    boolean isNew = !containsArticle(a.id());
    Document d = new Document();
    d.add(new StringField(KEY, "article:" + a.id(), Field.Store.NO));
    d.add(new StringField(KIND, "article", Field.Store.YES));
    d.add(new StoredField(ID, a.id()));
    d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    d.add(new TextField(TEXT, a.title() + "\n" + a.text(), Field.Store.NO));
    for (String n : a.names()) d.add(new StringField(NAMES, n, Field.Store.NO));
    d.add(new StringField(EVENT, a.eventId(), Field.Store.YES));
    d.add(new StringField(STORYLINE, a.storylineId(), Field.Store.YES));
    a.published().ifPresent(p -> d.add(new StoredField(DATE, p.toString())));
    d.add(new BinaryDocValuesField(CARD, new BytesRef(ArticleCards.encode(a))));
    d.add(new NumericDocValuesField(SEQ, nextSeq++));
    writer.updateDocument(new Term(KEY, "article:" + a.id()), d);
    StoredArticle replaced = recentArticles.put(a.id(), a);
    if (replaced != null) {
      for (String t : replaced.terms()) recentByTerm.get(t).remove(replaced);
      for (String n : replaced.names()) recentByName.get(n).remove(replaced);
    }
    for (String t : a.terms()) recentByTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
    for (String n : a.names()) recentByName.computeIfAbsent(n, k -> new ArrayList<>()).add(a);
    if (isNew) {
      recentNewArticles.add(a.id());
      for (String t : a.terms()) recentTermDf.merge(t, 1, Integer::sum);
      for (String n : a.names()) recentNameDf.merge(n, 1, Integer::sum);
    }
    wrote();
  }

  public void put(StoredEvent e) throws IOException {
    Document d = new Document();
    d.add(new StringField(KEY, "event:" + e.id(), Field.Store.NO));
    d.add(new StringField(KIND, "event", Field.Store.YES));
    d.add(new StoredField(ID, e.id()));
    d.add(new TextField(TITLE, e.title(), Field.Store.YES));
    d.add(new TextField(SUMMARY, e.text(), Field.Store.YES));
    d.add(emptyText());
    d.add(new StringField(STORYLINE, e.storylineId(), Field.Store.YES));
    e.date().ifPresent(p -> d.add(new StoredField(DATE, p.toString())));
    d.add(new StoredField(COUNT, e.articleCount()));
    d.add(new NumericDocValuesField(SEQ, nextSeq - 1));
    writer.updateDocument(new Term(KEY, "event:" + e.id()), d);
    recentEvents.put(e.id(), e);
    wrote();
  }

  public void put(StoredStoryline s) throws IOException {
    Document d = new Document();
    d.add(new StringField(KEY, "storyline:" + s.id(), Field.Store.NO));
    d.add(new StringField(KIND, "storyline", Field.Store.YES));
    d.add(new StoredField(ID, s.id()));
    d.add(new TextField(TITLE, s.title(), Field.Store.YES));
    d.add(new TextField(SUMMARY, s.title(), Field.Store.NO));
    d.add(emptyText());
    d.add(new StoredField(COUNT, s.eventCount()));
    d.add(new NumericDocValuesField(SEQ, nextSeq - 1));
    writer.updateDocument(new Term(KEY, "storyline:" + s.id()), d);
    recentStorylines.put(s.id(), s);
    wrote();
  }

  /** Number of stored articles whose text contains the analysed term {@code stem} (approximate for recent writes). */
  public long termDocFreq(String stem) throws IOException {
    return termDocFreq(stem, Long.MAX_VALUE);
  }

  /** Number of stored articles naming {@code name} (lower case). */
  public long nameDocFreq(String name) throws IOException {
    return nameDocFreq(name, Long.MAX_VALUE);
  }

  /**
   * As {@link #termDocFreq(String)}, counted over the segments that hold the {@code window} most recent
   * articles only (the whole store when it holds no more than that, or when it is not sorted by
   * arrival), so the cost does not grow with the store. Counts go with {@link #articleCount(long)}.
   */
  public long termDocFreq(String stem, long window) throws IOException {
    return docFreq(new Term(TEXT, stem), window) + recentTermDf.getOrDefault(stem, 0);
  }

  /** As {@link #nameDocFreq(String)}, over the segments that hold the window (see {@link #termDocFreq(String, long)}). */
  public long nameDocFreq(String name, long window) throws IOException {
    return docFreq(new Term(NAMES, name), window) + recentNameDf.getOrDefault(name, 0);
  }

  /**
   * The number of articles behind the window's document frequencies: {@link #articleCount()} when the
   * window covers the whole store, otherwise the articles in the segments that hold the window (at
   * least {@code window}, at most one segment more).
   */
  public long articleCount(long window) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      WindowView v = window(s, window);
      return v == null ? articleCount() : v.articles() + recentNewArticles.size();
    } finally {
      searchers.release(s);
    }
  }

  private long docFreq(Term term, long window) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      WindowView v = window(s, window);
      return (v == null ? s : v.searcher()).getIndexReader().docFreq(term);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The segments of {@code s} that hold the {@code window} most recent articles, as a searcher of their
   * own, so that looking up query terms and their statistics never touches older segments; null when
   * the window covers every segment (or the store is not sorted by arrival): then {@code s} itself is
   * the window. Kept until the reader or the set of segments changes.
   */
  private WindowView window(IndexSearcher s, long window) throws IOException {
    if (window < 1) {
      throw new IllegalArgumentException("A retrieval window must hold at least 1 article, got " + window);
    }
    if (!sortedByArrival || window >= nextSeq) return null;
    long start = nextSeq - window;
    IndexReader top = s.getIndexReader();
    List<LeafReaderContext> leaves = top.leaves();
    if (windowView == null || windowView.top() != top) {
      long[] newest = new long[leaves.size()];
      for (int i = 0; i < newest.length; i++) newest[i] = newestArrival(leaves.get(i).reader());
      replaceWindow(new WindowView(top, newest, new boolean[0], null, 0));
    }
    boolean[] in = new boolean[leaves.size()];
    int count = 0;
    for (int i = 0; i < in.length; i++) {
      in[i] = windowView.newest()[i] >= start;
      if (in[i]) count++;
    }
    if (count == in.length) return null;
    if (!Arrays.equals(in, windowView.included())) {
      LeafReader[] chosen = new LeafReader[count];
      long articles = 0;
      for (int i = 0, j = 0; i < in.length; i++) {
        if (!in[i]) continue;
        chosen[j++] = leaves.get(i).reader();
        articles += leaves.get(i).reader().docFreq(new Term(KIND, "article"));
      }
      MultiReader reader = new MultiReader(chosen, false); // holds a reference to each segment until closed
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(s.getSimilarity());
      replaceWindow(new WindowView(top, windowView.newest(), in, searcher, articles));
    }
    return windowView;
  }

  private void replaceWindow(WindowView next) throws IOException {
    WindowView old = windowView;
    windowView = next;
    if (old != null && old.searcher() != null) old.searcher().getIndexReader().close();
  }

  /** The largest arrival ordinal in a segment: its last document, the index being sorted by arrival. */
  private static long newestArrival(LeafReader leaf) throws IOException {
    NumericDocValues seq = leaf.getNumericDocValues(SEQ);
    return seq != null && leaf.maxDoc() > 0 && seq.advanceExact(leaf.maxDoc() - 1) ? seq.longValue() : Long.MIN_VALUE;
  }

  /**
   * The segments of one reader, with the newest arrival in each, and the searcher over those that
   * hold the current window ({@code included}).
   */
  private record WindowView(IndexReader top, long[] newest, boolean[] included, IndexSearcher searcher, long articles) {}

  /**
   * Candidate retrieval: the {@code k} stored articles best matching the weighted stems and names
   * (BM25 over the index, plus a scan of the few writes not yet in the searcher), best first.
   */
  public List<StoredArticle> similarArticles(Map<String, Float> stems, Map<String, Float> names, int k) throws IOException {
    return similarArticles(stems, names, k, Long.MAX_VALUE);
  }

  /**
   * Candidate retrieval among the {@code window} most recently written articles: as
   * {@link #similarArticles(Map, Map, int)}, but older articles are not searched, so the cost of a
   * search is bounded by the window, not by the size of the store. Stores written before windowed
   * retrieval existed (not sorted by arrival) are searched whole.
   */
  public List<StoredArticle> similarArticles(Map<String, Float> stems, Map<String, Float> names, int k, long window) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    stems.forEach((t, w) -> { if (w > 0) q.add(new BoostQuery(new TermQuery(new Term(TEXT, t)), w), BooleanClause.Occur.SHOULD); });
    names.forEach((n, w) -> { if (w > 0) q.add(new BoostQuery(new TermQuery(new Term(NAMES, n)), w), BooleanClause.Occur.SHOULD); });
    record Scored(StoredArticle a, double score) {}
    // per article, the weights of the keys it shares are summed in query order (stems, then names)
    Map<StoredArticle, double[]> scores = new IdentityHashMap<>();
    for (var e : stems.entrySet()) {
      for (StoredArticle a : recentByTerm.getOrDefault(e.getKey(), List.of())) scores.computeIfAbsent(a, x -> new double[1])[0] += e.getValue();
    }
    for (var e : names.entrySet()) {
      for (StoredArticle a : recentByName.getOrDefault(e.getKey(), List.of())) scores.computeIfAbsent(a, x -> new double[1])[0] += e.getValue();
    }
    List<Scored> out = new ArrayList<>();
    scores.forEach((a, score) -> { if (score[0] > 0) out.add(new Scored(a, score[0])); });
    Set<String> seen = new HashSet<>();
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.a().id()));
    List<Scored> recent = new ArrayList<>(out.subList(0, Math.min(k, out.size())));
    recent.forEach(x -> seen.add(x.a().id()));
    List<StoredArticle> result = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      // only articles carry TEXT and NAMES in stores sorted by arrival; older stores also indexed event
      // and storyline text there and need the kind filter
      WindowView view = window(s, window);
      IndexSearcher searcher = view == null ? s : view.searcher();
      Query query = q.build();
      if (!sortedByArrival) {
        query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(KIND, "article")), BooleanClause.Occur.FILTER).build();
      } else if (window < nextSeq) {
        // the window's searcher holds only the segments that hold the window; the first of them may also
        // hold older articles, which the range (first, so it decides which segments are scored) excludes
        query = new BooleanQuery.Builder()
            .add(new IndexSortSortedNumericDocValuesRangeQuery(SEQ, nextSeq - window, Long.MAX_VALUE,
                new MatchNoDocsQuery("the store is sorted by arrival")), BooleanClause.Occur.FILTER)
            .add(query, BooleanClause.Occur.MUST).build();
      }
      TopDocs top = searcher.search(query, k);
      for (StoredArticle a : cards(searcher, top.scoreDocs)) {
        if (seen.contains(a.id()) || recentArticles.containsKey(a.id())) continue;
        result.add(a);
      }
    } finally {
      searchers.release(s);
    }
    for (Scored x : recent) result.add(x.a());
    return result;
  }

  /** Ids of all stored articles, in index order, one entry per stored document (an audit: ids repeat only if the store is damaged). */
  public List<String> articleIds() throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      List<String> ids = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(KIND, "article")), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
        ids.add(fields.document(sd.doc, Set.of(ID)).get(ID));
      }
      return ids;
    } finally {
      searchers.release(s);
    }
  }

  /** Full-text search over articles, events and storylines (Lucene query syntax), best first. */
  public List<SearchHit> search(String query, int limit) throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      return search(s, analyzer, query, limit);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Semantic search: the {@code k} articles whose vectors (see {@link #put(StoredArticle, float[])}) are
   * nearest to {@code query} (a vector of the same encoder), most similar first, each scored with its
   * cosine similarity; empty when no article has a vector.
   */
  public List<SearchHit> nearestArticles(float[] query, int k) throws IOException {
    refresh();
    if (vectorSearchers == null) return List.of();
    vectorSearchers.maybeRefreshBlocking();
    IndexSearcher main = searchers.acquire();
    IndexSearcher vectors = vectorSearchers.acquire();
    try {
      return nearest(main, vectors, query, k);
    } finally {
      vectorSearchers.release(vectors);
      searchers.release(main);
    }
  }

  /**
   * As {@link #nearestArticles(float[], int)} over the store in {@code dir}, read-only as
   * {@link #search(Path, String, int)} is (it sees the last commit).
   *
   * @throws StoreUnavailableException when there is no store in {@code dir} or its files are damaged
   */
  public static List<SearchHit> nearestArticles(Path dir, float[] query, int k) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new StoreUnavailableException("no store at " + dir + "; run 'parallax index PATH…' first", null);
      }
      if (!Files.isDirectory(dir.resolve(VECTORS))) return List.of();
      try (FSDirectory vectorDirectory = FSDirectory.open(dir.resolve(VECTORS))) {
        if (!DirectoryReader.indexExists(vectorDirectory)) return List.of();
        try (DirectoryReader main = DirectoryReader.open(directory); DirectoryReader vectors = DirectoryReader.open(vectorDirectory)) {
          return nearest(new IndexSearcher(main), new IndexSearcher(vectors), query, k);
        }
      }
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(dir, e);
    }
  }

  private static List<SearchHit> nearest(IndexSearcher main, IndexSearcher vectors, float[] query, int k) throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    if (k < 1 || vectors.getIndexReader().numDocs() == 0) return hits;
    StoredFields fields = vectors.storedFields();
    for (ScoreDoc sd : vectors.search(new KnnFloatVectorQuery(VECTOR, unit(query), k), k).scoreDocs) {
      String id = fields.document(sd.doc, Set.of(KEY)).get(KEY);
      int doc = find(main, "article:" + id);
      if (doc < 0) continue;
      StoredArticle a = card(main, doc);
      // a dot-product score is (1 + cosine) / 2
      hits.add(new SearchHit("article", id, a.title(), 2 * sd.score - 1, Optional.of(a.eventId()), Optional.of(a.storylineId())));
    }
    return hits;
  }

  private static List<SearchHit> search(IndexSearcher s, Analyzer analyzer, String query, int limit) throws IOException {
    Query parsed;
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT, SUMMARY}, analyzer);
      parser.setDefaultOperator(QueryParser.Operator.OR);
      parsed = parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Cannot read search query '" + query + "': "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
          + "; quote phrases and escape special characters such as : ( ) with a backslash", e);
    }
    List<SearchHit> hits = new ArrayList<>();
    StoredFields fields = s.storedFields();
    for (ScoreDoc sd : s.search(parsed, limit).scoreDocs) {
      Document d = fields.document(sd.doc);
      String kind = d.get(KIND);
      hits.add(new SearchHit(kind, d.get(ID), d.get(TITLE), sd.score,
          Optional.ofNullable(kind.equals("event") ? d.get(ID) : d.get(EVENT)),
          Optional.ofNullable(kind.equals("storyline") ? d.get(ID) : d.get(STORYLINE))));
    }
    return hits;
  }

  /**
   * Makes every write so far durable (atomic: after a crash the store reopens at the last commit), and
   * makes the commit a point where reads start afresh, exactly as a store reopened at this commit
   * starts: merges run to completion (in this thread), the searcher is refreshed onto the segments that
   * are committed and the in-memory buffer of recent writes is emptied. So a process killed after this
   * commit and run again from it reads what the uninterrupted process read (the same candidates, found
   * in the same order, and the same document frequencies), and {@code parallax index} re-run after a
   * {@code kill -9} assigns as an uninterrupted run (IndexResumeIT). Where the commits fall is part of
   * the sequence of writes that decides candidates: runs that commit at other points may differ a little.
   */
  public void commit() throws IOException {
    // flushing first runs the merges that the new segment triggers, so the refreshed searcher sees the
    // segments that the commit writes and that a reopened store reads (a refresh alone flushes and opens
    // the searcher before merging)
    writer.flush();
    refresh();
    commitWriter();
    commits++;
  }

  /**
   * Commits made through this object: a reader that caches statistics of the store starts them afresh
   * after a commit, as it would after reopening the store there (see {@link #commit()}).
   */
  public long commits() {
    return commits;
  }

  /** Commits the writer with the next arrival ordinal in the commit data, so a reopened store goes on counting. */
  private void commitWriter() throws IOException {
    // vectors first: a crash between the two commits leaves vectors of uncommitted articles, which
    // nearest-article search skips, never committed articles without their vectors
    if (vectorWriter != null) vectorWriter.commit();
    writer.setLiveCommitData(Map.of(NEXT_SEQ, Long.toString(nextSeq)).entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      commitWriter();
    } finally {
      replaceWindow(null);
      searchers.close();
      writer.close();
      directory.close();
      if (vectorWriter != null) {
        vectorSearchers.close();
        vectorWriter.close();
        vectorDirectory.close();
      }
    }
  }

  private void wrote() throws IOException {
    if (++writesSinceRefresh >= REFRESH_EVERY) refresh();
  }

  /**
   * Makes every write searchable through the searcher and empties the in-memory buffer of recent writes;
   * runs every {@value #REFRESH_EVERY} writes since the last refresh, at each commit and before whole-store reads ({@link #search}, {@link #articleIds}).
   * Package-private so that tests can place segment boundaries.
   */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    committedArticles += recentNewArticles.size();
    recentArticles.clear();
    recentByTerm.clear();
    recentByName.clear();
    recentNewArticles.clear();
    recentTermDf.clear();
    recentNameDf.clear();
    recentEvents.clear();
    recentStorylines.clear();
    writesSinceRefresh = 0;
  }

  private long countKind(String kind) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(KIND, kind)));
    } finally {
      searchers.release(s);
    }
  }

  private Optional<Document> one(String kind, String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      int doc = find(s, kind + ":" + id);
      return doc < 0 ? Optional.empty() : Optional.of(s.storedFields().document(doc));
    } finally {
      searchers.release(s);
    }
  }

  /** The live document keyed {@code key}, or -1: a direct term look-up in each segment, newest first. */
  private static int find(IndexSearcher s, String key) throws IOException {
    BytesRef term = new BytesRef(key);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (int i = leaves.size() - 1; i >= 0; i--) {
      LeafReader leaf = leaves.get(i).reader();
      Terms terms = leaf.terms(KEY);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) continue;
      Bits live = leaf.getLiveDocs();
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) return leaves.get(i).docBase + d;
      }
    }
    return -1;
  }

  /** The articles of {@code docs} (in that order), read from their binary doc values. */
  private static List<StoredArticle> cards(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc)); // doc values iterate forwards only
    StoredArticle[] out = new StoredArticle[docs.length];
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leafIndex = -1;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = docs[i].doc;
      int sub = ReaderUtil.subIndex(doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        values = leaves.get(sub).reader().getBinaryDocValues(CARD);
      }
      out[i] = ArticleCards.decode(values, doc - leaves.get(sub).docBase);
    }
    return Arrays.asList(out);
  }

  private static StoredArticle card(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return ArticleCards.decode(leaf.reader().getBinaryDocValues(CARD), doc - leaf.docBase);
  }

  private static StoredEvent toEvent(Document d) {
    return new StoredEvent(d.get(ID), d.get(STORYLINE), d.get(TITLE), Optional.ofNullable(d.get(DATE)).map(LocalDate::parse),
        d.getField(COUNT).numericValue().intValue(), d.get(SUMMARY) != null ? d.get(SUMMARY) : d.get(TEXT));
  }
}
