package io.parallax.compare;

import io.parallax.compare.Comparison.CopiedPassage;
import io.parallax.compare.Comparison.CopiedShare;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.OriginBasis;
import io.parallax.model.Span;
import io.parallax.nlp.WordFrequencies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copied text outside quotations: word shingles ({@link #N} consecutive lower-cased words, none of
 * them inside quotation marks) shared by two articles are chained into passages, tolerating gaps of
 * up to {@link #GAP} words on either side (an edited word or an inserted "that"). A passage counts as
 * copied only when it is well beyond common phrasing: at least {@link #MIN_WORDS} words, and rare
 * enough against the corpus at hand ({@link WordFrequencies}: the shipped news table plus the articles
 * being analysed): its distinct content words together carry at least {@link #MIN_INFORMATION} of
 * inverse document frequency. A stock phrase such as "for the first time in a month amid", or "X said.
 * X described the call as", is made of words most news uses, so it is neither long nor rare enough.
 * Passages are reported with their span in each article and the probable original
 * ({@link #original}); {@link #shares} gives each article's share of copied text.
 */
final class CopyDetector {

  static final int N = 5;
  static final int GAP = 3;
  static final int MIN_WORDS = 10;
  /**
   * Inverse document frequency (natural log) the distinct content words of a passage must carry
   * together: about five words of medium rarity ("famine", "shaft", "benchmark") or eight everyday
   * ones. Chosen with {@code CopyCalibration} (src/bench) on the development sets.
   */
  static final double MIN_INFORMATION = 25.0;
  /** Matching words needed after a skipped edit to extend a passage over it. */
  static final int RESUME = 2;

  private record W(String word, String stem, boolean content, Span span, boolean inQuote) {}

  /** A shared passage long enough to be copy, before the rarity test: its words and the information it carries. */
  record Candidate(CopiedPassage passage, int words, double information) {
    boolean copied() {
      return information >= MIN_INFORMATION;
    }
  }

  /** The copied passages of {@code articles}, rarity judged against {@code corpus}, longest first. */
  static List<CopiedPassage> find(List<AnalyzedArticle> articles, WordFrequencies corpus) {
    List<CopiedPassage> out = new ArrayList<>();
    for (Candidate c : candidates(articles, corpus)) if (c.copied()) out.add(c.passage());
    return out;
  }

  /** Every passage of {@link #MIN_WORDS}+ words two of {@code articles} share, rare or not, longest first. */
  static List<Candidate> candidates(List<AnalyzedArticle> articles, WordFrequencies corpus) {
    List<List<W>> words = new ArrayList<>();
    Map<String, List<int[]>> index = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      List<W> ws = new ArrayList<>();
      for (AnalyzedArticle.Sent s : articles.get(a).sentences) {
        for (AnalyzedArticle.Tok t : s.tokens()) if (t.word()) ws.add(new W(t.lower(), t.stem(), t.content(), t.span(), t.inQuote()));
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
    List<Candidate> out = new ArrayList<>();
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
        emit(articles, words, a, b, start, last, corpus, out);
        start = m;
        last = m;
      }
      emit(articles, words, a, b, start, last, corpus, out);
    }
    out.sort(Comparator.comparingInt((Candidate c) -> -c.words()));
    return out;
  }

  private static void emit(List<AnalyzedArticle> articles, List<List<W>> words, int a, int b,
      int[] start, int[] last, WordFrequencies corpus, List<Candidate> out) {
    if (start == null) return;
    List<W> wa = words.get(a);
    List<W> wb = words.get(b);
    int[] ends = {start[0], last[0] + N, start[1], last[1] + N};
    extend(wa, wb, ends);
    int aFrom = ends[0];
    int aTo = ends[1];
    int bFrom = ends[2];
    int bTo = ends[3];
    int len = Math.min(aTo - aFrom, bTo - bFrom);
    if (len < MIN_WORDS) return;
    Set<String> content = new HashSet<>();
    for (int k = aFrom; k < aTo; k++) {
      W w = wa.get(k);
      if (w.content()) content.add(w.stem());
    }
    double information = 0;
    for (String stem : content) information += corpus.idf(stem);
    boolean verbatim = aTo - aFrom == bTo - bFrom;
    for (int k = 0; verbatim && k < aTo - aFrom; k++) verbatim = wa.get(aFrom + k).word().equals(wb.get(bFrom + k).word());
    Span sa = new Span(wa.get(aFrom).span().start(), wa.get(aTo - 1).span().end());
    Span sb = new Span(wb.get(bFrom).span().start(), wb.get(bTo - 1).span().end());
    AnalyzedArticle x = articles.get(a);
    AnalyzedArticle y = articles.get(b);
    Origin origin = original(x, y);
    out.add(new Candidate(new CopiedPassage(len, verbatim, List.of(
        new Evidence(x.id(), x.outlet(), sa, sa.textOf(x.text)),
        new Evidence(y.id(), y.outlet(), sb, sb.textOf(y.text))), origin.name(), origin.basis()), len, information));
  }

  /**
   * Extends a passage {@code [ends[0], ends[1])} of {@code wa} / {@code [ends[2], ends[3])} of {@code wb}
   * outwards over edits shorter than a shingle: past up to {@link #GAP} words skipped on either side,
   * when at least {@link #RESUME} words match again ("said [that] he had", "achieving [all of] Israel's
   * war"). Words inside quotation marks end it.
   */
  static void extend(List<W> wa, List<W> wb, int[] ends) {
    boolean grew = true;
    while (grew) {
      grew = false;
      search:
      for (int skipA = 0; skipA <= GAP; skipA++) {
        for (int skipB = 0; skipB <= GAP; skipB++) {
          int i = ends[1] + skipA;
          int j = ends[3] + skipB;
          int run = 0;
          while (i + run < wa.size() && j + run < wb.size() && same(wa.get(i + run), wb.get(j + run))) run++;
          if (run >= RESUME || (run > 0 && skipA == 0 && skipB == 0)) {
            ends[1] = i + run;
            ends[3] = j + run;
            grew = true;
            break search;
          }
        }
      }
    }
    grew = true;
    while (grew) {
      grew = false;
      search:
      for (int skipA = 0; skipA <= GAP; skipA++) {
        for (int skipB = 0; skipB <= GAP; skipB++) {
          int i = ends[0] - 1 - skipA;
          int j = ends[2] - 1 - skipB;
          int run = 0;
          while (i - run >= 0 && j - run >= 0 && same(wa.get(i - run), wb.get(j - run))) run++;
          if (run >= RESUME || (run > 0 && skipA == 0 && skipB == 0)) {
            ends[0] = i - run + 1;
            ends[2] = j - run + 1;
            grew = true;
            break search;
          }
        }
      }
    }
  }

  private static boolean same(W x, W y) {
    return !x.inQuote() && !y.inQuote() && x.word().equals(y.word());
  }

  /**
   * The probable original of a passage two articles share, and on what basis: the wire agency an
   * article credits ("AFP"; "credited agency"), else the earlier-published article's outlet ("earliest
   * publication"), else unknown ("", "unknown": no credit, no dates).
   */
  static Origin original(AnalyzedArticle x, AnalyzedArticle y) {
    var ax = x.source.article().agency();
    var ay = y.source.article().agency();
    if (ax.isPresent() && (ay.isEmpty() || ay.get().equalsIgnoreCase(ax.get()))) {
      return new Origin(ax.get(), OriginBasis.CREDITED_AGENCY);
    }
    if (ay.isPresent() && ax.isEmpty()) return new Origin(ay.get(), OriginBasis.CREDITED_AGENCY);
    var px = x.source.article().published();
    var py = y.source.article().published();
    if (px.isPresent() && py.isPresent() && !px.get().isEqual(py.get())) {
      return new Origin(px.get().isBefore(py.get()) ? x.outlet() : y.outlet(), OriginBasis.EARLIEST_PUBLICATION);
    }
    return new Origin("", OriginBasis.UNKNOWN);
  }

  /** The probable original of copied text ("" when unknown) and on what ground it was chosen. */
  record Origin(String name, OriginBasis basis) {}

  /**
   * Each article's share of copied text: its words inside any copied passage, out of its words, and
   * the probable original of most of those words ({@link #original}; the article itself when it is
   * the earliest carrier). Articles without copied text are left out.
   */
  static List<CopiedShare> shares(List<AnalyzedArticle> articles, List<CopiedPassage> passages) {
    List<CopiedShare> out = new ArrayList<>();
    for (AnalyzedArticle art : articles) {
      List<Span> spans = new ArrayList<>();
      Map<String, Integer> origins = new HashMap<>();
      Map<String, OriginBasis> basis = new HashMap<>();
      for (CopiedPassage p : passages) {
        for (Evidence e : p.passages()) {
          if (!e.articleId().equals(art.id())) continue;
          spans.add(e.span());
          origins.merge(p.original(), e.text().split("\\s+").length, Integer::sum);
          basis.put(p.original(), p.originalBasis());
        }
      }
      if (spans.isEmpty()) continue;
      int words = 0;
      int copied = 0;
      for (AnalyzedArticle.Sent s : art.sentences) {
        for (AnalyzedArticle.Tok t : s.tokens()) {
          if (!t.word()) continue;
          words++;
          for (Span sp : spans) {
            if (sp.contains(t.span())) { copied++; break; }
          }
        }
      }
      String origin = origins.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
      out.add(new CopiedShare(art.id(), art.outlet(), words, copied,
          words == 0 ? 0 : Math.round(1000.0 * copied / words) / 1000.0, origin, basis.get(origin)));
    }
    return out;
  }
}
