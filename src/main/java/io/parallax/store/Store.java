package io.parallax.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded on-disk store: one Lucene index holding articles, events and storylines, each keyed by
 * {@code kind:id} so that writing the same id again replaces the document (never duplicates it).
 *
 * <p>Writes become visible to this store's reads at once (recent writes are kept in memory and the
 * searcher is refreshed every {@value #REFRESH_EVERY} writes); they become durable at {@link #commit()}.
 * A process killed between commits loses only the uncommitted writes: the index reopens at the last
 * commit. Not thread-safe: one writer per store directory (Lucene's write lock enforces it).
 */
public final class Store implements Closeable {

  /** Writes between searcher refreshes; recent writes are searched in memory meanwhile. */
  static final int REFRESH_EVERY = 512;

  private static final String KEY = "key";
  private static final String KIND = "kind";
  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String NAMES = "names";
  private static final String EVENT = "event";
  private static final String STORYLINE = "storyline";
  private static final String DATE = "date";
  private static final String FEATURES = "features";
  private static final String COUNT = "count";

  private final Path dir;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, StoredArticle> recentArticles = new LinkedHashMap<>();
  private final Map<String, StoredEvent> recentEvents = new HashMap<>();
  private final Map<String, StoredStoryline> recentStorylines = new HashMap<>();
  private final Set<String> recentNewArticles = new HashSet<>();
  private final Map<String, Integer> recentTermDf = new HashMap<>();
  private final Map<String, Integer> recentNameDf = new HashMap<>();
  private long committedArticles;
  private int writesSinceRefresh;

  private Store(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
    committedArticles = countKind("article");
  }

  /** Opens (creating when absent) the store in {@code dir}. */
  public static Store open(Path dir) throws IOException {
    return new Store(dir);
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
    return one("article", id).map(this::toArticle);
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

  public void put(StoredArticle a) throws IOException {
    boolean isNew = article(a.id()).isEmpty();
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
    d.add(new StoredField(FEATURES, new BytesRef(a.features())));
    writer.updateDocument(new Term(KEY, "article:" + a.id()), d);
    recentArticles.put(a.id(), a);
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
    d.add(new TextField(TEXT, e.text(), Field.Store.YES));
    d.add(new StringField(STORYLINE, e.storylineId(), Field.Store.YES));
    e.date().ifPresent(p -> d.add(new StoredField(DATE, p.toString())));
    d.add(new StoredField(COUNT, e.articleCount()));
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
    d.add(new TextField(TEXT, s.title(), Field.Store.NO));
    d.add(new StoredField(COUNT, s.eventCount()));
    writer.updateDocument(new Term(KEY, "storyline:" + s.id()), d);
    recentStorylines.put(s.id(), s);
    wrote();
  }

  /** Number of stored articles whose text contains the analysed term {@code stem} (approximate for recent writes). */
  public long termDocFreq(String stem) throws IOException {
    return docFreq(new Term(TEXT, stem)) + recentTermDf.getOrDefault(stem, 0);
  }

  /** Number of stored articles naming {@code name} (lower case). */
  public long nameDocFreq(String name) throws IOException {
    return docFreq(new Term(NAMES, name)) + recentNameDf.getOrDefault(name, 0);
  }

  private long docFreq(Term term) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().docFreq(term);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Candidate retrieval: the {@code k} stored articles best matching the weighted stems and names
   * (BM25 over the index, plus a scan of the few writes not yet in the searcher), best first.
   */
  public List<StoredArticle> similarArticles(Map<String, Float> stems, Map<String, Float> names, int k) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    stems.forEach((t, w) -> { if (w > 0) q.add(new BoostQuery(new TermQuery(new Term(TEXT, t)), w), BooleanClause.Occur.SHOULD); });
    names.forEach((n, w) -> { if (w > 0) q.add(new BoostQuery(new TermQuery(new Term(NAMES, n)), w), BooleanClause.Occur.SHOULD); });
    record Scored(StoredArticle a, double score) {}
    List<Scored> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (StoredArticle a : recentArticles.values()) {
      double score = 0;
      for (var e : stems.entrySet()) if (a.terms().contains(e.getKey())) score += e.getValue();
      for (var e : names.entrySet()) if (a.names().contains(e.getKey())) score += e.getValue();
      if (score > 0) out.add(new Scored(a, score));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.a().id()));
    List<Scored> recent = new ArrayList<>(out.subList(0, Math.min(k, out.size())));
    recent.forEach(x -> seen.add(x.a().id()));
    List<StoredArticle> result = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      BooleanQuery.Builder filtered = new BooleanQuery.Builder()
          .add(q.build(), BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(KIND, "article")), BooleanClause.Occur.FILTER);
      TopDocs top = s.search(filtered.build(), k);
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = fields.document(sd.doc);
        String id = d.get(ID);
        if (seen.contains(id) || recentArticles.containsKey(id)) continue;
        result.add(toArticle(d));
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
    Query parsed;
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer);
      parser.setDefaultOperator(QueryParser.Operator.OR);
      parsed = parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Cannot read search query '" + query + "': " + e.getMessage()
          + "; quote phrases and escape special characters such as : ( ) with a backslash", e);
    }
    IndexSearcher s = searchers.acquire();
    try {
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
    } finally {
      searchers.release(s);
    }
  }

  /** Makes every write so far durable (atomic: after a crash the store reopens at the last commit). */
  public void commit() throws IOException {
    writer.commit();
    refresh();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.commit();
    } finally {
      searchers.close();
      writer.close();
      directory.close();
    }
  }

  private void wrote() throws IOException {
    if (++writesSinceRefresh >= REFRESH_EVERY) refresh();
  }

  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    committedArticles += recentNewArticles.size();
    recentArticles.clear();
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
      TopDocs top = s.search(new TermQuery(new Term(KEY, kind + ":" + id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
    } finally {
      searchers.release(s);
    }
  }

  private StoredArticle toArticle(Document d) {
    BytesRef b = d.getBinaryValue(FEATURES);
    return new StoredArticle(d.get(ID), d.get(TITLE), "", Optional.ofNullable(d.get(DATE)).map(LocalDate::parse),
        d.get(EVENT), d.get(STORYLINE), Set.of(), Set.of(), java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
  }

  private static StoredEvent toEvent(Document d) {
    return new StoredEvent(d.get(ID), d.get(STORYLINE), d.get(TITLE), Optional.ofNullable(d.get(DATE)).map(LocalDate::parse),
        d.getField(COUNT).numericValue().intValue(), d.get(TEXT));
  }
}
