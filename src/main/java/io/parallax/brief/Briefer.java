package io.parallax.brief;

import io.parallax.brief.BriefSentence.SourceSpan;
import io.parallax.compare.AnalyzedArticle;
import io.parallax.compare.ComparedArticle;
import io.parallax.compare.LoadedLexicon;
import io.parallax.compare.SentenceEmbedder;
import io.parallax.compare.SentenceSimilarity;
import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the neutral brief of an event by selecting sentences from its articles (extractive: no
 * sentence is generated, so none can state what no source says).
 *
 * <p>Candidates are the articles' titles and body sentences. Each is scored by how well the other
 * articles support it (its best similarity in every other article, plus a bonus per other outlet
 * carrying a matching sentence: consensus first), by a lead-position prior, and is penalised for
 * loaded words ({@link LoadedLexicon}) and for being mostly a quotation. Sentences are picked
 * greedily up to a word budget, 3 to 7 of them, at most two of them headlines (titles, or body
 * lines without closing punctuation): a candidate nearly repeating a picked sentence is dropped,
 * and one resembling a picked sentence of its own kind (a headline after a headline, a body
 * sentence after a body sentence) is discounted by that similarity, so
 * a headline may restate the lead, as an editor's summary does, but two body sentences rarely
 * repeat each other. The brief reads titles first, then sentences by position in their article;
 * leads of several outlets in order of score.
 * A picked sentence is swapped for a matching sentence from another article when that variant has
 * fewer loaded words (the neutral wording of the same claim). Each sentence cites the article it is
 * taken from and every article carrying a matching sentence.
 */
public final class Briefer {

  /** Similarity at which another article's sentence counts as support. */
  static final double SUPPORT = 0.30;
  /** Similarity at which another sentence is a variant wording of the same claim. */
  static final double VARIANT = 0.45;
  static final int MIN_SENTENCES = 3;
  static final int MAX_SENTENCES = 7;

  /**
   * Scoring weights, package-private so a dev-set harness can vary them.
   *
   * @param titlePrior score added to a title (a headline states the event)
   * @param leadPrior score added to the first body sentence, divided by 1 + its position
   * @param supportBonus score per other outlet carrying a matching sentence (at most 3)
   * @param loadedPenalty score taken per loaded-lexicon word
   * @param quotePenalty score taken times the share of quoted words
   * @param maxTitles headlines a brief may use (they are short and central but stack badly)
   * @param redundant similarity at which a candidate repeats a picked sentence and is dropped
   * @param samePartRedundancy score taken times the best similarity to a picked sentence of the same
   *     kind (headline or body sentence); headlines and body sentences do not discount each other
   */
  record Tuning(double titlePrior, double leadPrior, double supportBonus, double loadedPenalty,
      double quotePenalty, int maxTitles, double redundant, double samePartRedundancy) {
    static final Tuning DEFAULT = new Tuning(0.12, 0.15, 0.12, 0.08, 0.15, 2, 0.5, 0.4);
  }

  private final SentenceEmbedder embedder;
  private final int wordBudget;
  private final Tuning tuning;

  /** Lexical similarity only; a word budget of 60. */
  public Briefer() {
    this(null, 60);
  }

  /**
   * @param embedder semantic similarity blended into support and redundancy, or {@code null}
   * @param wordBudget stop adding sentences once the brief has this many words (but keep at least 3)
   */
  public Briefer(SentenceEmbedder embedder, int wordBudget) {
    this(embedder, wordBudget, Tuning.DEFAULT);
  }

  Briefer(SentenceEmbedder embedder, int wordBudget, Tuning tuning) {
    this.tuning = tuning;
    if (wordBudget < 1) {
      throw new IllegalArgumentException("Brief word budget must be positive, got " + wordBudget);
    }
    this.embedder = embedder;
    this.wordBudget = wordBudget;
  }

  private record Cand(int article, String part, AnalyzedArticle.Sent sent, int position, int loaded,
      double quoted) {
    /** A title, or a body line that reads as one (no closing punctuation: a headline kept in the text). */
    boolean headline() {
      if (part.equals("title")) return true;
      String t = sent.text().strip();
      int end = t.length();
      while (end > 0 && "\"”’')]".indexOf(t.charAt(end - 1)) >= 0) end--;
      return end > 0 && ".!?:;".indexOf(t.charAt(end - 1)) < 0;
    }
  }

  public List<BriefSentence> brief(List<ComparedArticle> event) {
    List<Cand> cands = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (int a = 0; a < event.size(); a++) {
      ComparedArticle c = event.get(a);
      ids.add(c.id());
      outlets.add(c.outletOrId());
      Article art = c.article();
      if (art.title().isPresent()) {
        Article t = Article.builder(art.id(), art.source(), art.title().get()).build();
        AnalyzedArticle at = new AnalyzedArticle(ComparedArticle.of(t));
        if (!at.sentences().isEmpty()) {
          AnalyzedArticle.Sent s = at.sentences().get(0);
          if (s.wordCount() >= 4) cands.add(cand(a, "title", whole(at), -1));
        }
      }
      AnalyzedArticle body = new AnalyzedArticle(c);
      int pos = 0;
      for (AnalyzedArticle.Sent s : body.sentences()) {
        int w = s.wordCount();
        if (w >= 6 && w <= 70 && readable(s)) cands.add(cand(a, "text", s, pos));
        pos++;
      }
    }
    if (cands.isEmpty()) return List.of();
    List<List<AnalyzedArticle.Tok>> toks = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Cand c : cands) {
      toks.add(c.sent().tokens());
      texts.add(c.sent().text());
    }
    SentenceSimilarity sim = new SentenceSimilarity(toks, embedder == null ? null : embedder.embed(texts));
    int n = cands.size();
    double[][] s = new double[n][n];
    for (int u = 0; u < n; u++) {
      Map<Integer, Double> lex = sim.lexicalNeighbours(u);
      for (int v = 0; v < n; v++) {
        if (v == u) continue;
        double l = lex.getOrDefault(v, 0.0);
        s[u][v] = sim.hasEmbeddings() ? sim.combined(u, v, l) : l;
      }
    }
    double[] score = new double[n];
    for (int u = 0; u < n; u++) {
      Map<Integer, Double> best = bestPerArticle(cands, s, u);
      Set<String> supportOutlets = new LinkedHashSet<>();
      double central = 0;
      for (Map.Entry<Integer, Double> e : best.entrySet()) {
        central += e.getValue();
        if (e.getValue() >= SUPPORT && !outlets.get(e.getKey()).equals(outlets.get(cands.get(u).article()))) {
          supportOutlets.add(outlets.get(e.getKey()));
        }
      }
      int others = Math.max(1, event.size() - 1);
      Cand c = cands.get(u);
      double prior = c.part().equals("title") ? tuning.titlePrior() : tuning.leadPrior() / (1 + c.position());
      score[u] = central / others + tuning.supportBonus() * Math.min(supportOutlets.size(), 3) + prior
          - tuning.loadedPenalty() * c.loaded() - tuning.quotePenalty() * c.quoted();
    }
    // greedy selection: redundancy is discounted only within a part (see the class comment); on
    // brief-dev a discount across parts lowered ROUGE on both halves, as did a word-novelty penalty
    List<Integer> picked = new ArrayList<>();
    int words = 0;
    int titles = 0;
    boolean[] blocked = new boolean[n];
    while (picked.size() < MAX_SENTENCES) {
      int bestU = -1;
      double bestV = Double.NEGATIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        if (blocked[u] || (titles >= tuning.maxTitles() && cands.get(u).headline())) continue;
        double red = 0;
        for (int p : picked) {
          if (cands.get(p).headline() == cands.get(u).headline()) red = Math.max(red, s[u][p]);
        }
        double v = score[u] - tuning.samePartRedundancy() * red;
        if (v > bestV) { bestV = v; bestU = u; }
      }
      if (bestU < 0) break;
      int w = cands.get(bestU).sent().wordCount();
      if (picked.size() >= MIN_SENTENCES && words + w > wordBudget * 1.15) break;
      picked.add(bestU);
      if (cands.get(bestU).headline()) titles++;
      words += w;
      blocked[bestU] = true;
      for (int v = 0; v < n; v++) if (s[bestU][v] >= tuning.redundant()) blocked[v] = true;
      if (picked.size() >= MIN_SENTENCES && words >= wordBudget) break;
    }
    // neutral variants, then order: titles first, then by position in the lead; sentences at the same
    // position (the leads of several outlets) in the order they were picked, best supported first
    List<Integer> chosen = new ArrayList<>();
    for (int u : picked) {
      int best = u;
      for (int v = 0; v < n; v++) {
        if (v == u || s[u][v] < VARIANT || chosen.contains(v) || picked.contains(v)) continue;
        if (cands.get(v).part().equals(cands.get(u).part()) && cands.get(v).loaded() < cands.get(best).loaded()) best = v;
      }
      chosen.add(best);
    }
    List<Integer> rank = List.copyOf(chosen);
    chosen.sort(Comparator.comparingInt((Integer u) -> cands.get(u).position())
        .thenComparingInt(rank::indexOf));
    List<BriefSentence> out = new ArrayList<>();
    for (int u : chosen) out.add(sentence(u, cands, s, ids, event));
    return out;
  }

  private static Map<Integer, Double> bestPerArticle(List<Cand> cands, double[][] s, int u) {
    Map<Integer, Double> best = new HashMap<>();
    for (int v = 0; v < cands.size(); v++) {
      int b = cands.get(v).article();
      if (b == cands.get(u).article()) continue;
      best.merge(b, s[u][v], Math::max);
    }
    return best;
  }

  private BriefSentence sentence(int u, List<Cand> cands, double[][] s, List<String> ids,
      List<ComparedArticle> event) {
    Cand c = cands.get(u);
    Map<Integer, SourceSpan> spans = new LinkedHashMap<>();
    Span own = trimConnective(c);
    String ownText = textOf(event.get(c.article()).article(), c.part(), own);
    spans.put(c.article(), new SourceSpan(ids.get(c.article()), c.part(), own));
    Map<Integer, Integer> bestV = new HashMap<>();
    for (int v = 0; v < cands.size(); v++) {
      int b = cands.get(v).article();
      if (b == c.article() || s[u][v] < SUPPORT) continue;
      if (!bestV.containsKey(b) || s[u][v] > s[u][bestV.get(b)]) bestV.put(b, v);
    }
    bestV.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Cand v = cands.get(e.getValue());
      spans.put(e.getKey(), new SourceSpan(ids.get(e.getKey()), v.part(), v.sent().span()));
    });
    List<String> sources = new ArrayList<>();
    for (SourceSpan sp : spans.values()) sources.add(sp.articleId());
    return new BriefSentence(ownText, sources, List.copyOf(spans.values()));
  }

  private static String textOf(Article a, String part, Span span) {
    return span.textOf(part.equals("title") ? a.title().orElseThrow() : a.text());
  }

  /** Drops an opening "But", "And", "Meanwhile," ... when a capitalised word follows it. */
  private static Span trimConnective(Cand c) {
    List<AnalyzedArticle.Tok> t = c.sent().tokens();
    if (t.size() > 3 && CONNECTIVES.contains(t.get(0).lower())) {
      int k = t.get(1).text().equals(",") ? 2 : 1;
      if (Character.isUpperCase(t.get(k).text().charAt(0))) {
        return new Span(t.get(k).span().start(), c.sent().span().end());
      }
    }
    return c.sent().span();
  }

  /**
   * Prose, not furniture: no URL, mostly alphabetic words, starts with a capital letter or an
   * opening quote, and balanced double quotation marks (no half of a quote).
   */
  static boolean readable(AnalyzedArticle.Sent s) {
    String t = s.text();
    if (t.contains("http") || t.contains("www.") || t.contains("@")) return false;
    int alpha = 0;
    for (AnalyzedArticle.Tok tok : s.tokens()) if (tok.word() && Character.isLetter(tok.text().charAt(0))) alpha++;
    if (alpha < 0.75 * s.wordCount()) return false;
    char first = t.charAt(0);
    if (!(Character.isUpperCase(first) || first == '"' || first == '“' || Character.isDigit(first))) return false;
    long straight = t.chars().filter(c -> c == '"').count();
    long open = t.chars().filter(c -> c == '“').count();
    long close = t.chars().filter(c -> c == '”').count();
    return straight % 2 == 0 && open == close;
  }

  private static final Set<String> CONNECTIVES = Set.of("but", "and", "meanwhile", "still", "however",
      "also", "so", "yet", "instead", "nonetheless", "moreover");

  private static AnalyzedArticle.Sent whole(AnalyzedArticle at) {
    List<AnalyzedArticle.Tok> all = new ArrayList<>();
    for (AnalyzedArticle.Sent s : at.sentences()) all.addAll(s.tokens());
    Span span = new Span(at.sentences().get(0).span().start(),
        at.sentences().get(at.sentences().size() - 1).span().end());
    return new AnalyzedArticle.Sent(0, span, all.isEmpty() ? "" : span.textOf(titleText(all, span)), all);
  }

  private static String titleText(List<AnalyzedArticle.Tok> all, Span span) {
    // rebuild a string long enough for span.textOf: tokens carry their own offsets into the title
    StringBuilder sb = new StringBuilder(" ".repeat(span.end()));
    for (AnalyzedArticle.Tok t : all) sb.replace(t.span().start(), t.span().end(), t.text());
    return sb.toString();
  }

  private static Cand cand(int article, String part, AnalyzedArticle.Sent s, int position) {
    int quotedWords = 0;
    for (AnalyzedArticle.Tok t : s.tokens()) if (t.word() && t.inQuote()) quotedWords++;
    double quoted = s.wordCount() == 0 ? 0 : (double) quotedWords / s.wordCount();
    return new Cand(article, part, s, position, LoadedLexicon.DEFAULT.count(s.tokens()), quoted);
  }
}
