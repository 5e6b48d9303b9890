package io.parallax.store;

import static io.parallax.store.Schema.CARD;
import static io.parallax.store.Schema.COUNT;
import static io.parallax.store.Schema.DATE;
import static io.parallax.store.Schema.EVENT;
import static io.parallax.store.Schema.ID;
import static io.parallax.store.Schema.INTO;
import static io.parallax.store.Schema.KEY;
import static io.parallax.store.Schema.KIND;
import static io.parallax.store.Schema.NAMES;
import static io.parallax.store.Schema.NEXT_SEQ;
import static io.parallax.store.Schema.SEQ;
import static io.parallax.store.Schema.STORYLINE;
import static io.parallax.store.Schema.SUMMARY;
import static io.parallax.store.Schema.TEXT;
import static io.parallax.store.Schema.TITLE;

import io.parallax.store.Schema.Kind;
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
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Document storage: the store's main Lucene index, sorted by arrival, with the three kinds of document
 * ({@link Schema}), look-up by id, full-text search, the arrival ordinal and commits. Writes since the
 * last searcher refresh are kept in memory and read from there until the next refresh.
 */
final class Documents implements Closeable {

  /**
   * Largest segment a merge produces, in MiB. Segments that reach it are no longer merged: articles
   * older than the retrieval window are not rewritten again and again as the store grows (Lucene's
   * default, 5 GiB, re-merges them for ever larger segments), and each stays in one segment of its own
   * age, so a window needs only the few segments that hold it.
   */
  static final double MAX_MERGED_SEGMENT_MB = 512;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final WritableIndex index;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, StoredArticle> recentArticles = new LinkedHashMap<>();
  private final Map<String, StoredEvent> recentEvents = new HashMap<>();
  private final Map<String, StoredStoryline> recentStorylines = new HashMap<>();
  private final Set<String> recentNewArticles = new HashSet<>();
  /** Cards rewritten by {@link #moveEvent} since the last refresh (the searcher still reads the old ones). */
  private final Map<String, StoredArticle> relabelled = new HashMap<>();
  /** Events merged since the last refresh: into which, and the merged events' ids by the event they went into. */
  private final Map<String, String> recentMergedInto = new HashMap<>();
  /** Storylines deleted since the last refresh (the searcher still reads them). */
  private final Set<String> recentDeletedStorylines = new HashSet<>();
  private final Map<String, List<String>> recentMergesInto = new HashMap<>();
  private long committedArticles;
  private long nextSeq;

  /** Opens the index in {@code dir}; Lucene's exceptions (lock held, damaged files) pass to the caller. */
  Documents(Path dir) throws IOException {
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    Optional<SegmentInfos> existing;
    IndexWriterConfig config;
    try {
      existing = DirectoryReader.indexExists(directory)
          ? Optional.of(SegmentInfos.readLatestCommit(directory)) : Optional.<SegmentInfos>empty();
      if (existing.isPresent() && !sortedByArrival(existing.get())) {
        // Stores of the first version (2026-11-25, before windowed retrieval) hold segments without the
        // arrival sort, which cannot be added to them, and story features of a format no longer read.
        throw new StoreUnavailableException("the store at " + dir + " was written by an early version of Parallax "
            + "(its articles are not sorted by arrival); move it aside and run 'parallax index' on your inputs again "
            + "to rebuild it", null);
      }
      config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          // Merges run in the writing thread, at flushes: which merges have finished decides the segment
          // layout and the document frequencies a reader sees (deleted documents count until merged
          // away), so background merges would make candidates depend on thread timing.
          .setMergeScheduler(new SerialMergeScheduler())
          .setMergePolicy(new TieredMergePolicy().setMaxMergedSegmentMB(MAX_MERGED_SEGMENT_MB))
          .setIndexSort(new Sort(new SortField(SEQ, SortField.Type.LONG)));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    index = new WritableIndex(directory, config); // closes the directory when it fails
    writer = index.writer;
    searchers = index.searchers;
    try {
      IndexSearcher s = searchers.acquire();
      try {
        committedArticles = s.count(new TermQuery(new Term(KIND, Kind.ARTICLE.value)));
      } finally {
        searchers.release(s);
      }
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    nextSeq = existing.map(c -> c.getUserData().get(NEXT_SEQ)).map(Long::parseLong).orElse(committedArticles);
  }

  private static boolean sortedByArrival(SegmentInfos commit) {
    for (SegmentCommitInfo segment : commit) {
      Sort sort = segment.info.getIndexSort();
      if (sort == null || !sort.getSort()[0].getField().equals(SEQ)) return false;
    }
    return true;
  }

  IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  void release(IndexSearcher s) throws IOException {
    searchers.release(s);
  }

  /** The arrival ordinal the next article written gets. */
  long nextSeq() {
    return nextSeq;
  }

  /** Number of articles stored (committed or not). */
  long articleCount() {
    return committedArticles + recentNewArticles.size();
  }

  /** Articles written since the last refresh that were not stored before. */
  int recentNewArticles() {
    return recentNewArticles.size();
  }

  /** {@code a} as read back from the searcher, with the card {@link #moveEvent} gave it since the last refresh. */
  StoredArticle current(StoredArticle a) {
    return relabelled.getOrDefault(a.id(), a);
  }

  /** Whether {@code id} is an article written since the last refresh (read from memory, not the searcher). */
  boolean isRecent(String id) {
    return recentArticles.containsKey(id);
  }

  Optional<StoredArticle> article(String id) throws IOException {
    StoredArticle recent = recentArticles.get(id);
    if (recent != null) return Optional.of(recent);
    recent = relabelled.get(id);
    if (recent != null) return Optional.of(recent);
    IndexSearcher s = searchers.acquire();
    try {
      int doc = find(s, Kind.ARTICLE.key(id));
      return doc < 0 ? Optional.empty() : Optional.of(card(s, doc));
    } finally {
      searchers.release(s);
    }
  }

  boolean containsArticle(String id) throws IOException {
    if (recentArticles.containsKey(id)) return true;
    IndexSearcher s = searchers.acquire();
    try {
      return find(s, Kind.ARTICLE.key(id)) >= 0;
    } finally {
      searchers.release(s);
    }
  }

  Optional<StoredEvent> event(String id) throws IOException {
    StoredEvent recent = recentEvents.get(id);
    if (recent != null) return Optional.of(recent);
    if (recentMergedInto.containsKey(id)) return Optional.empty();
    return one(Kind.EVENT, id).map(d -> new StoredEvent(d.get(ID), d.get(STORYLINE), d.get(TITLE),
        Optional.ofNullable(d.get(DATE)).map(LocalDate::parse), d.getField(COUNT).numericValue().intValue(), d.get(SUMMARY)));
  }

  Optional<StoredStoryline> storyline(String id) throws IOException {
    StoredStoryline recent = recentStorylines.get(id);
    if (recent != null) return Optional.of(recent);
    if (recentDeletedStorylines.contains(id)) return Optional.empty();
    return one(Kind.STORYLINE, id).map(d -> new StoredStoryline(d.get(ID), d.get(TITLE), d.getField(COUNT).numericValue().intValue()));
  }

  /**
   * Stores {@code a} with the next arrival ordinal, replacing an article of the same id.
   *
   * @return the write since the last refresh that this one replaces, or null
   */
  StoredArticle put(StoredArticle a, boolean isNew) throws IOException {
    Document d = keyed(Kind.ARTICLE, a.id());
    d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    d.add(new TextField(TEXT, a.title() + "\n" + a.text(), Field.Store.NO));
    for (String n : a.names()) d.add(new StringField(NAMES, n, Field.Store.NO));
    d.add(new StringField(EVENT, a.eventId(), Field.Store.YES));
    d.add(new StringField(STORYLINE, a.storylineId(), Field.Store.YES));
    a.published().ifPresent(p -> d.add(new StoredField(DATE, p.toString())));
    d.add(new BinaryDocValuesField(CARD, new BytesRef(ArticleCards.encode(a))));
    d.add(new NumericDocValuesField(SEQ, nextSeq++));
    writer.updateDocument(new Term(KEY, Kind.ARTICLE.key(a.id())), d);
    if (isNew) recentNewArticles.add(a.id());
    return recentArticles.put(a.id(), a);
  }

  void put(StoredEvent e) throws IOException {
    Document d = keyed(Kind.EVENT, e.id());
    d.add(new TextField(TITLE, e.title(), Field.Store.YES));
    d.add(new TextField(SUMMARY, e.text(), Field.Store.YES));
    d.add(emptyText());
    d.add(new StringField(STORYLINE, e.storylineId(), Field.Store.YES));
    e.date().ifPresent(p -> d.add(new StoredField(DATE, p.toString())));
    d.add(new StoredField(COUNT, e.articleCount()));
    d.add(new NumericDocValuesField(SEQ, nextSeq - 1));
    writer.updateDocument(new Term(KEY, Kind.EVENT.key(e.id())), d);
    recentEvents.put(e.id(), e);
  }

  void put(StoredStoryline s) throws IOException {
    Document d = keyed(Kind.STORYLINE, s.id());
    d.add(new TextField(TITLE, s.title(), Field.Store.YES));
    d.add(new TextField(SUMMARY, s.title(), Field.Store.NO));
    d.add(emptyText());
    d.add(new StoredField(COUNT, s.eventCount()));
    d.add(new NumericDocValuesField(SEQ, nextSeq - 1));
    writer.updateDocument(new Term(KEY, Kind.STORYLINE.key(s.id())), d);
    recentStorylines.put(s.id(), s);
    recentDeletedStorylines.remove(s.id());
  }

  /** A new document of {@code kind} for {@code id}, with the fields every document starts with: its key, kind and id. */
  private static Document keyed(Kind kind, String id) {
    Document d = new Document();
    d.add(new StringField(KEY, kind.key(id), Field.Store.NO));
    d.add(new StringField(KIND, kind.value, Field.Store.YES));
    d.add(new StoredField(ID, id));
    return d;
  }

  /** Deletes the storyline document {@code id} (its last event merged into another storyline's). */
  void deleteStoryline(String id) throws IOException {
    writer.deleteDocuments(new Term(KEY, Kind.STORYLINE.key(id)));
    recentStorylines.remove(id);
    recentDeletedStorylines.add(id);
  }

  /**
   * Moves every article of event {@code from} to event {@code to} of storyline {@code storyline} and
   * forgets {@code from}: the articles' cards are rewritten in place (doc-value updates: their indexed
   * fields stay, so retrieval and statistics do not change), {@code from}'s event document is deleted and
   * a merge record kept, so that a later move of {@code to} finds them by the label they were written
   * with. All of it is durable with the next commit, with the writes around it.
   *
   * @return per article moved that was written since the last refresh, its card before and after
   */
  List<StoredArticle[]> moveEvent(String from, String to, String storyline) throws IOException {
    if (from.equals(to)) throw new IllegalArgumentException("An event cannot merge into itself: " + from);
    // the labels the articles now of 'from' were written with: 'from' and every event merged into it
    List<String> labels = new ArrayList<>(List.of(from));
    IndexSearcher s = searchers.acquire();
    List<StoredArticle[]> recentMoved = new ArrayList<>();
    try {
      for (int i = 0; i < labels.size(); i++) {
        for (ScoreDoc sd : all(s, new TermQuery(new Term(INTO, labels.get(i))))) {
          labels.add(s.storedFields().document(sd.doc, Set.of(ID)).get(ID));
        }
        labels.addAll(recentMergesInto.getOrDefault(labels.get(i), List.of()));
      }
      Query members = new TermInSetQuery(EVENT, labels.stream().map(BytesRef::new).toList());
      for (StoredArticle a : cards(s, all(s, members))) {
        if (recentArticles.containsKey(a.id())) continue; // the recent write is the article now
        StoredArticle now = current(a);
        if (now.eventId().equals(from)) relabelled.put(a.id(), relabel(now, to, storyline));
      }
    } finally {
      searchers.release(s);
    }
    for (var e : recentArticles.entrySet()) {
      StoredArticle a = e.getValue();
      if (!a.eventId().equals(from)) continue;
      StoredArticle now = relabel(a, to, storyline);
      e.setValue(now);
      recentMoved.add(new StoredArticle[] {a, now});
    }
    writer.deleteDocuments(new Term(KEY, Kind.EVENT.key(from)));
    recentEvents.remove(from);
    Document d = keyed(Kind.MERGE, from);
    d.add(new StringField(INTO, to, Field.Store.YES));
    d.add(emptyText());
    d.add(new NumericDocValuesField(SEQ, nextSeq - 1));
    writer.updateDocument(new Term(KEY, Kind.MERGE.key(from)), d);
    recentMergedInto.put(from, to);
    recentMergesInto.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
    return recentMoved;
  }

  /** Every document {@code q} matches. */
  private static ScoreDoc[] all(IndexSearcher s, Query q) throws IOException {
    int n = s.count(q);
    return n == 0 ? new ScoreDoc[0] : s.search(q, n).scoreDocs;
  }

  /** {@code a} in another event, its card rewritten in the index. */
  private StoredArticle relabel(StoredArticle a, String event, String storyline) throws IOException {
    StoredArticle moved = new StoredArticle(a.id(), a.title(), a.text(), a.published(), event, storyline, a.terms(),
        a.names(), a.features());
    writer.updateBinaryDocValue(new Term(KEY, Kind.ARTICLE.key(a.id())), CARD, new BytesRef(ArticleCards.encode(moved)));
    return moved;
  }

  /**
   * An empty article-text field for events and storylines: it adds no term and does not count in the
   * field's statistics, but gives every document a length norm, so the norms are stored dense and
   * BM25 reads a document's length directly instead of searching a sparse list for it (about a tenth
   * of candidate retrieval's time at 300k articles).
   */
  private static TextField emptyText() {
    return new TextField(TEXT, "", Field.Store.NO);
  }

  /** Ids of all stored articles, in index order, one entry per stored document (call after a refresh). */
  List<String> articleIds() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      List<String> ids = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(KIND, Kind.ARTICLE.value)), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
        ids.add(fields.document(sd.doc, Set.of(ID)).get(ID));
      }
      return ids;
    } finally {
      searchers.release(s);
    }
  }

  /** Full-text search through the searcher (call after a refresh to see every write). */
  List<SearchHit> search(String query, int limit) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return search(s, analyzer, query, limit);
    } finally {
      searchers.release(s);
    }
  }

  /** Full-text search over articles, events and storylines (Lucene query syntax), best first. */
  static List<SearchHit> search(IndexSearcher s, Analyzer analyzer, String query, int limit) throws IOException {
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
      if (kind.equals(Kind.ARTICLE.value)) {
        // the card, not the stored fields: a merge of events moves an article by rewriting its card
        StoredArticle a = card(s, sd.doc);
        hits.add(new SearchHit(kind, a.id(), d.get(TITLE), sd.score, Optional.of(a.eventId()), Optional.of(a.storylineId())));
        continue;
      }
      hits.add(new SearchHit(kind, d.get(ID), d.get(TITLE), sd.score,
          Optional.ofNullable(kind.equals(Kind.EVENT.value) ? d.get(ID) : null),
          Optional.ofNullable(kind.equals(Kind.STORYLINE.value) ? d.get(ID) : d.get(STORYLINE))));
    }
    return hits;
  }

  /** Flushes the writer, which runs the merges the new segment triggers, in this thread. */
  void flush() throws IOException {
    writer.flush();
  }

  /**
   * Makes every write searchable through the searcher and empties the in-memory buffer of recent
   * writes.
   */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    committedArticles += recentNewArticles.size();
    recentArticles.clear();
    recentNewArticles.clear();
    relabelled.clear();
    recentMergedInto.clear();
    recentMergesInto.clear();
    recentEvents.clear();
    recentStorylines.clear();
    recentDeletedStorylines.clear();
  }

  /** Commits the writer with the next arrival ordinal in the commit data, so a reopened store goes on counting. */
  void commit() throws IOException {
    writer.setLiveCommitData(Map.of(NEXT_SEQ, Long.toString(nextSeq)).entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private Optional<Document> one(Kind kind, String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      int doc = find(s, kind.key(id));
      return doc < 0 ? Optional.empty() : Optional.of(s.storedFields().document(doc));
    } finally {
      searchers.release(s);
    }
  }

  /** The live document keyed {@code key}, or -1: a direct term look-up in each segment, newest first. */
  static int find(IndexSearcher s, String key) throws IOException {
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

  /** The articles of {@code docs} (in that order), read from their cards. */
  static List<StoredArticle> cards(IndexSearcher s, ScoreDoc[] docs) throws IOException {
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

  /** The article of document {@code doc}, read from its card. */
  static StoredArticle card(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return ArticleCards.decode(leaf.reader().getBinaryDocValues(CARD), doc - leaf.docBase);
  }
}
