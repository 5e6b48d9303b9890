package io.parallax.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded on-disk store: one Lucene index holding articles, events and storylines, each keyed by
 * {@code kind:id} so that writing the same id again replaces the document (never duplicates it), and a
 * vector index of articles beside it. This class ties together its parts: {@link Documents} (document
 * storage, look-up, full-text search, commits), {@link CandidateRetrieval}, the {@link StatisticsWindow}
 * and the {@link VectorIndex}; articles are kept as {@link ArticleCards} in a {@link BinaryFormat}.
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
 * {@value Documents#MAX_MERGED_SEGMENT_MB} MiB, so their cost is bounded by the window, not by the store.
 */
public final class Store implements Closeable {

  /** Writes between searcher refreshes; recent writes are searched in memory meanwhile. */
  static final int REFRESH_EVERY = 512;

  private final Path dir;
  private final Documents documents;
  private final StatisticsWindow statistics;
  private final CandidateRetrieval candidates;
  /** Opened at the first vector written (or at open, when the store has one); null until then. */
  private VectorIndex vectors;
  private int writesSinceRefresh;
  private long commits;

  private Store(Path dir) throws IOException {
    this.dir = dir;
    documents = new Documents(dir);
    statistics = new StatisticsWindow(documents);
    candidates = new CandidateRetrieval(documents, statistics);
    try {
      vectors = VectorIndex.openIfPresent(dir);
    } catch (IOException | RuntimeException e) {
      documents.close();
      throw e;
    }
  }

  /**
   * Opens (creating when absent) the store in {@code dir} for writing.
   *
   * @throws StoreUnavailableException when another process writes to it, its files are damaged, or it
   *     was written by a version of Parallax whose store this one does not read
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

  /** The read-only main index of the store in {@code dir}, at its last commit. */
  private interface ReadOnly<T> {
    T read(IndexSearcher main) throws IOException;
  }

  private static <T> T readOnly(Path dir, ReadOnly<T> read) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new StoreUnavailableException("no store at " + dir + "; run 'parallax index PATH…' first", null);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return read.read(new IndexSearcher(reader));
      }
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw damaged(dir, e);
    }
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
    return readOnly(dir, main -> {
      try (Analyzer analyzer = new EnglishAnalyzer()) {
        return Documents.search(main, analyzer, query, limit);
      }
    });
  }

  /**
   * As {@link #nearestArticles(float[], int)} over the store in {@code dir}, read-only as
   * {@link #search(Path, String, int)} is (it sees the last commit).
   *
   * @throws StoreUnavailableException when there is no store in {@code dir} or its files are damaged
   */
  public static List<SearchHit> nearestArticles(Path dir, float[] query, int k) throws IOException {
    return readOnly(dir, main -> VectorIndex.nearest(dir, main, query, k));
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
    return documents.articleCount();
  }

  public Optional<StoredArticle> article(String id) throws IOException {
    return documents.article(id);
  }

  public Optional<StoredEvent> event(String id) throws IOException {
    return documents.event(id);
  }

  public Optional<StoredStoryline> storyline(String id) throws IOException {
    return documents.storyline(id);
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
    if (vectors == null) vectors = VectorIndex.open(dir);
    vectors.put(id, vector);
  }

  /** Stores {@code a} (replacing an article of the same id, and dropping the vector it had). */
  public void put(StoredArticle a) throws IOException {
    if (vectors != null) vectors.delete(a.id());
    boolean isNew = !documents.containsArticle(a.id());
    StoredArticle replaced = documents.put(a, isNew);
    candidates.added(a, replaced);
    if (isNew) statistics.added(a);
    wrote();
  }

  public void put(StoredEvent e) throws IOException {
    documents.put(e);
    wrote();
  }

  public void put(StoredStoryline s) throws IOException {
    documents.put(s);
    wrote();
  }

  /**
   * Deletes storyline {@code id}'s document: what {@link #moveEvent} leaves to the caller when the event
   * that merged away was its storyline's last, so that search and look-up find no storyline without
   * events. Durable with the next {@link #commit()}.
   */
  public void deleteStoryline(String id) throws IOException {
    documents.deleteStoryline(id);
    wrote();
  }

  /**
   * Merges event {@code from} into event {@code to}: every article of {@code from} moves to {@code to} and
   * {@code storyline} (their cards, which candidate retrieval, look-up, search and the web reader read,
   * are rewritten in place; their indexed text stays, so retrieval and statistics do not change), and
   * {@code from}'s event document is deleted. Durable with the next {@link #commit()}, in the same commit
   * as the writes around it, so a process killed before it loses both. The caller keeps {@code to}'s
   * event and storylines' counts ({@link #put(StoredEvent)}).
   */
  public void moveEvent(String from, String to, String storyline) throws IOException {
    for (StoredArticle[] moved : documents.moveEvent(from, to, storyline)) candidates.moved(moved[0], moved[1]);
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
   * articles only (the whole store when it holds no more than that), so the cost does not grow with
   * the store. Counts go with {@link #articleCount(long)}.
   */
  public long termDocFreq(String stem, long window) throws IOException {
    return statistics.termDocFreq(stem, window);
  }

  /** As {@link #nameDocFreq(String)}, over the segments that hold the window (see {@link #termDocFreq(String, long)}). */
  public long nameDocFreq(String name, long window) throws IOException {
    return statistics.nameDocFreq(name, window);
  }

  /**
   * The number of articles behind the window's document frequencies: {@link #articleCount()} when the
   * window covers the whole store, otherwise the articles in the segments that hold the window (at
   * least {@code window}, at most one segment more).
   */
  public long articleCount(long window) throws IOException {
    return statistics.articleCount(window);
  }

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
   * search is bounded by the window, not by the size of the store.
   */
  public List<StoredArticle> similarArticles(Map<String, Float> stems, Map<String, Float> names, int k, long window) throws IOException {
    return candidates.similar(stems, names, k, window);
  }

  /** Ids of all stored articles, in index order, one entry per stored document (an audit: ids repeat only if the store is damaged). */
  public List<String> articleIds() throws IOException {
    refresh();
    return documents.articleIds();
  }

  /** Full-text search over articles, events and storylines (Lucene query syntax), best first. */
  public List<SearchHit> search(String query, int limit) throws IOException {
    refresh();
    return documents.search(query, limit);
  }

  /**
   * Semantic search: the {@code k} articles whose vectors (see {@link #put(StoredArticle, float[])}) are
   * nearest to {@code query} (a vector of the same encoder), most similar first, each scored with its
   * cosine similarity; empty when no article has a vector.
   */
  public List<SearchHit> nearestArticles(float[] query, int k) throws IOException {
    refresh();
    if (vectors == null) return List.of();
    IndexSearcher main = documents.acquire();
    try {
      return vectors.nearest(main, query, k);
    } finally {
      documents.release(main);
    }
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
    documents.flush();
    refresh();
    commitWriters();
    commits++;
  }

  /**
   * Commits made through this object: a reader that caches statistics of the store starts them afresh
   * after a commit, as it would after reopening the store there (see {@link #commit()}).
   */
  public long commits() {
    return commits;
  }

  private void commitWriters() throws IOException {
    // vectors first: a crash between the two commits leaves vectors of uncommitted articles, which
    // nearest-article search skips, never committed articles without their vectors
    if (vectors != null) vectors.commit();
    documents.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      commitWriters();
    } finally {
      try {
        statistics.close();
        documents.close();
      } finally {
        if (vectors != null) vectors.close();
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
    documents.refresh();
    candidates.refreshed();
    statistics.refreshed();
    writesSinceRefresh = 0;
  }
}
