package io.parallax.compare;

import io.parallax.compare.Comparison.CopiedPassage;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copied text outside quotations: word shingles ({@link #N} consecutive lower-cased words, none of
 * them inside quotation marks) shared by two articles are chained into passages, tolerating gaps of
 * up to {@link #GAP} words on either side (an edited word or an inserted "that"), and passages of at
 * least {@link #MIN_WORDS} words are reported with their span in each article.
 */
final class CopyDetector {

  static final int N = 5;
  static final int GAP = 3;
  static final int MIN_WORDS = 7;

  private record W(String word, Span span, boolean inQuote) {}

  static List<CopiedPassage> find(List<AnalyzedArticle> articles) {
    List<List<W>> words = new ArrayList<>();
    Map<String, List<int[]>> index = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      List<W> ws = new ArrayList<>();
      for (AnalyzedArticle.Sent s : articles.get(a).sentences) {
        for (AnalyzedArticle.Tok t : s.tokens()) if (t.word()) ws.add(new W(t.lower(), t.span(), t.inQuote()));
      }
      words.add(ws);
      for (int i = 0; i + N <= ws.size(); i++) {
        boolean quoted = false;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < N; k++) {
          quoted |= ws.get(i + k).inQuote();
          sb.append(ws.get(i + k).word()).append(' ');
        }
        if (!quoted) index.computeIfAbsent(sb.toString(), x -> new ArrayList<>()).add(new int[] {a, i});
      }
    }
    // pairwise matches: (a, b) -> list of {i, j}
    Map<Long, List<int[]>> pairs = new HashMap<>();
    for (List<int[]> posts : index.values()) {
      if (posts.size() < 2 || posts.size() > 50) continue;
      for (int x = 0; x < posts.size(); x++) {
        for (int y = x + 1; y < posts.size(); y++) {
          int[] p = posts.get(x);
          int[] q = posts.get(y);
          if (p[0] == q[0]) continue;
          int[] lo = p[0] < q[0] ? p : q;
          int[] hi = p[0] < q[0] ? q : p;
          pairs.computeIfAbsent((long) lo[0] * articles.size() + hi[0], k -> new ArrayList<>())
              .add(new int[] {lo[1], hi[1]});
        }
      }
    }
    List<CopiedPassage> out = new ArrayList<>();
    List<Long> keys = new ArrayList<>(pairs.keySet());
    keys.sort(Long::compare);
    for (long key : keys) {
      int a = (int) (key / articles.size());
      int b = (int) (key % articles.size());
      List<int[]> ms = pairs.get(key);
      ms.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> m[1]));
      int[] start = null;
      int[] last = null;
      for (int[] m : ms) {
        if (last != null && m[0] > last[0] && m[0] - last[0] <= GAP + 1 && m[1] > last[1] && m[1] - last[1] <= GAP + 1) {
          last = m;
          continue;
        }
        if (last != null && m[0] <= last[0] + N - 1 && m[1] <= last[1] + N - 1 && m[0] >= last[0] && m[1] >= last[1]) {
          last = m;
          continue;
        }
        emit(articles, words, a, b, start, last, out);
        start = m;
        last = m;
      }
      emit(articles, words, a, b, start, last, out);
    }
    out.sort(Comparator.comparingInt((CopiedPassage c) -> -c.words()));
    return out;
  }

  private static void emit(List<AnalyzedArticle> articles, List<List<W>> words, int a, int b,
      int[] start, int[] last, List<CopiedPassage> out) {
    if (start == null) return;
    int aFrom = start[0];
    int aTo = last[0] + N;
    int bFrom = start[1];
    int bTo = last[1] + N;
    int len = Math.min(aTo - aFrom, bTo - bFrom);
    if (len < MIN_WORDS) return;
    List<W> wa = words.get(a);
    List<W> wb = words.get(b);
    boolean verbatim = aTo - aFrom == bTo - bFrom;
    for (int k = 0; verbatim && k < aTo - aFrom; k++) verbatim = wa.get(aFrom + k).word().equals(wb.get(bFrom + k).word());
    Span sa = new Span(wa.get(aFrom).span().start(), wa.get(aTo - 1).span().end());
    Span sb = new Span(wb.get(bFrom).span().start(), wb.get(bTo - 1).span().end());
    AnalyzedArticle x = articles.get(a);
    AnalyzedArticle y = articles.get(b);
    out.add(new CopiedPassage(len, verbatim, List.of(
        new Evidence(x.id(), x.outlet(), sa, sa.textOf(x.text)),
        new Evidence(y.id(), y.outlet(), sb, sb.textOf(y.text)))));
  }
}
