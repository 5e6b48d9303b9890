package io.parallax.store;

import static io.parallax.store.Schema.KIND;
import static io.parallax.store.Schema.NAMES;
import static io.parallax.store.Schema.SEQ;
import static io.parallax.store.Schema.TEXT;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * The statistics window: document frequencies of stems and names, and the number of articles behind
 * them, counted over the segments that hold the most recent articles only (the index being sorted by
 * arrival), so their cost is bounded by the window, not by the store; plus the counts of the articles
 * written since the last refresh, which the searcher does not see yet. The same segments serve
 * candidate retrieval ({@link #searcher(IndexSearcher, long)}).
 */
final class StatisticsWindow implements Closeable {

  private final Documents documents;
  private final Map<String, Integer> recentTermDf = new HashMap<>();
  private final Map<String, Integer> recentNameDf = new HashMap<>();
  /** The searcher over the segments that hold the current window (see {@link #view(IndexSearcher, long)}), or null. */
  private WindowView windowView;

  StatisticsWindow(Documents documents) {
    this.documents = documents;
  }

  /**
   * The segments of one reader, with the newest arrival in each, and the searcher over those that
   * hold the current window ({@code included}).
   */
  private record WindowView(IndexReader top, long[] newest, boolean[] included, IndexSearcher searcher, long articles) {}

  /** Counts a new article written since the last refresh. */
  void added(StoredArticle a) {
    for (String t : a.terms()) recentTermDf.merge(t, 1, Integer::sum);
    for (String n : a.names()) recentNameDf.merge(n, 1, Integer::sum);
  }

  /** Forgets the recent writes' counts: the refreshed searcher counts them. */
  void refreshed() {
    recentTermDf.clear();
    recentNameDf.clear();
  }

  long termDocFreq(String stem, long window) throws IOException {
    return docFreq(new Term(TEXT, stem), window) + recentTermDf.getOrDefault(stem, 0);
  }

  long nameDocFreq(String name, long window) throws IOException {
    return docFreq(new Term(NAMES, name), window) + recentNameDf.getOrDefault(name, 0);
  }

  /** The number of articles behind the window's document frequencies (see {@link Store#articleCount(long)}). */
  long articleCount(long window) throws IOException {
    IndexSearcher s = documents.acquire();
    try {
      WindowView v = view(s, window);
      return v == null ? documents.articleCount() : v.articles() + documents.recentNewArticles();
    } finally {
      documents.release(s);
    }
  }

  private long docFreq(Term term, long window) throws IOException {
    IndexSearcher s = documents.acquire();
    try {
      return searcher(s, window).getIndexReader().docFreq(term);
    } finally {
      documents.release(s);
    }
  }

  /** The searcher over the segments of {@code s} that hold the {@code window} most recent articles ({@code s} itself when they all do). */
  IndexSearcher searcher(IndexSearcher s, long window) throws IOException {
    WindowView v = view(s, window);
    return v == null ? s : v.searcher();
  }

  /**
   * The segments of {@code s} that hold the {@code window} most recent articles, as a searcher of their
   * own, so that looking up query terms and their statistics never touches older segments; null when
   * the window covers every segment: then {@code s} itself is the window. Kept until the reader or the
   * set of segments changes.
   */
  private WindowView view(IndexSearcher s, long window) throws IOException {
    if (window < 1) {
      throw new IllegalArgumentException("A retrieval window must hold at least 1 article, got " + window);
    }
    long nextSeq = documents.nextSeq();
    if (window >= nextSeq) return null;
    long start = nextSeq - window;
    IndexReader top = s.getIndexReader();
    List<LeafReaderContext> leaves = top.leaves();
    if (windowView == null || windowView.top() != top) {
      long[] newest = new long[leaves.size()];
      for (int i = 0; i < newest.length; i++) newest[i] = newestArrival(leaves.get(i).reader());
      replace(new WindowView(top, newest, new boolean[0], null, 0));
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
        articles += leaves.get(i).reader().docFreq(new Term(KIND, Schema.Kind.ARTICLE.value));
      }
      MultiReader reader = new MultiReader(chosen, false); // holds a reference to each segment until closed
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(s.getSimilarity());
      replace(new WindowView(top, windowView.newest(), in, searcher, articles));
    }
    return windowView;
  }

  private void replace(WindowView next) throws IOException {
    WindowView old = windowView;
    windowView = next;
    if (old != null && old.searcher() != null) old.searcher().getIndexReader().close();
  }

  /** The largest arrival ordinal in a segment: its last document, the index being sorted by arrival. */
  private static long newestArrival(LeafReader leaf) throws IOException {
    NumericDocValues seq = leaf.getNumericDocValues(SEQ);
    return seq != null && leaf.maxDoc() > 0 && seq.advanceExact(leaf.maxDoc() - 1) ? seq.longValue() : Long.MIN_VALUE;
  }

  @Override
  public void close() throws IOException {
    replace(null);
  }
}
