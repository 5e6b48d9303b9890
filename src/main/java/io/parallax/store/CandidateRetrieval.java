package io.parallax.store;

import static io.parallax.store.Schema.NAMES;
import static io.parallax.store.Schema.SEQ;
import static io.parallax.store.Schema.TEXT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Candidate retrieval for incremental story detection: the stored articles that best match weighted
 * stems and names, by BM25 over the segments of the statistics window (restricted to the window's
 * arrivals), plus a scan of the articles written since the last refresh through an in-memory inverted
 * index of their stems and names.
 */
final class CandidateRetrieval {

  private final Documents documents;
  private final StatisticsWindow window;
  /** Recent articles by stem and by name: the in-memory scan visits only articles sharing a query key. */
  private final Map<String, List<StoredArticle>> recentByTerm = new HashMap<>();
  private final Map<String, List<StoredArticle>> recentByName = new HashMap<>();

  CandidateRetrieval(Documents documents, StatisticsWindow window) {
    this.documents = documents;
    this.window = window;
  }

  /** Indexes a write made since the last refresh, in place of the recent write {@code replaced} (or null). */
  void added(StoredArticle a, StoredArticle replaced) {
    if (replaced != null) {
      for (String t : replaced.terms()) recentByTerm.get(t).remove(replaced);
      for (String n : replaced.names()) recentByName.get(n).remove(replaced);
    }
    for (String t : a.terms()) recentByTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
    for (String n : a.names()) recentByName.computeIfAbsent(n, k -> new ArrayList<>()).add(a);
  }

  /** A recent write moved to another event ({@link Store#moveEvent}): {@code now} is found in its place. */
  void moved(StoredArticle before, StoredArticle now) {
    for (String t : before.terms()) replace(recentByTerm.get(t), before, now);
    for (String n : before.names()) replace(recentByName.get(n), before, now);
  }

  private static void replace(List<StoredArticle> list, StoredArticle before, StoredArticle now) {
    for (int i = 0; i < list.size(); i++) if (list.get(i) == before) list.set(i, now);
  }

  /** Forgets the recent writes: the refreshed searcher finds them. */
  void refreshed() {
    recentByTerm.clear();
    recentByName.clear();
  }

  /** See {@link Store#similarArticles(Map, Map, int, long)}. */
  List<StoredArticle> similar(Map<String, Float> stems, Map<String, Float> names, int k, long arrivals) throws IOException {
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
    IndexSearcher s = documents.acquire();
    try {
      // only articles carry TEXT and NAMES: no filter on the kind of document
      IndexSearcher searcher = window.searcher(s, arrivals);
      Query query = q.build();
      long nextSeq = documents.nextSeq();
      if (arrivals < nextSeq) {
        // the window's searcher holds only the segments that hold the window; the first of them may also
        // hold older articles, which the range (first, so it decides which segments are scored) excludes
        query = new BooleanQuery.Builder()
            .add(new IndexSortSortedNumericDocValuesRangeQuery(SEQ, nextSeq - arrivals, Long.MAX_VALUE,
                new MatchNoDocsQuery("the store is sorted by arrival")), BooleanClause.Occur.FILTER)
            .add(query, BooleanClause.Occur.MUST).build();
      }
      TopDocs top = searcher.search(query, k);
      for (StoredArticle a : Documents.cards(searcher, top.scoreDocs)) {
        if (seen.contains(a.id()) || documents.isRecent(a.id())) continue;
        result.add(documents.current(a));
      }
    } finally {
      documents.release(s);
    }
    for (Scored x : recent) result.add(x.a());
    return result;
  }
}
