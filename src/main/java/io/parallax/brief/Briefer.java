package io.parallax.brief;

import io.parallax.brief.BriefSentence.SourceSpan;
import io.parallax.compare.AnalyzedArticle;
import io.parallax.compare.ComparedArticle;
import io.parallax.compare.LoadedLexicon;
import io.parallax.compare.SentenceSimilarity;
import io.parallax.model.Article;
import io.parallax.model.Span;
import io.parallax.nlp.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the neutral brief of an event by selecting sentences from its articles (extractive: no
 * sentence is generated, so none can state what no source says).
 *
 * <p>Candidates are the articles' titles and body sentences. Each is described by features the
 * comparison already has ({@link #FEATURES}: support across the other articles and outlets, position,
 * length, loaded words, quotation share, names, numbers, the centrality of its article) and scored by a
 * {@link SelectionModel} learned on brief-train ({@link BriefTrainer}: the log-odds that an editor's
 * summary uses the candidate). Sentences are picked greedily up to a word budget, 3 to 7 of them, at
 * most {@link Tuning#maxTitles} headlines (titles, or body lines without closing punctuation): a
 * candidate nearly repeating a picked sentence is dropped (by the event's own similarity, or when most
 * of its content words are already in a picked sentence of its kind: several outlets' leads restating
 * one fact), and one resembling a picked sentence of its own kind is discounted by that similarity.
 * Loaded words cost a fixed penalty on top of the model (neutrality is a product rule, not learned).
 * The brief opens with a headline that is not a quotation (a quoted headline is one side's words),
 * then sentences by position in their article; leads of several outlets in order of score.
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
  /** Share of quoted words from which a sentence counts as a quotation (never the opening). */
  static final double QUOTATION = 0.3;

  /** The candidate features, in the order {@link SelectionModel} weighs them. */
  public static final List<String> FEATURES = List.of("support_mean", "support_max", "support_outlets", "title",
      "headline_line", "lead", "first", "later", "words", "words_sq", "loaded", "quoted", "opens_quote", "number",
      "names", "article_support", "title_match", "own_title");

  /**
   * Selection settings (not learned; chosen on brief-dev).
   *
   * @param maxTitles headlines a brief may use (they are short and central but stack badly)
   * @param redundant similarity at which a candidate repeats a picked sentence and is dropped
   * @param samePartRedundancy log-odds taken times the best similarity to a picked sentence of the same
   *     kind (headline or body sentence); headlines and body sentences do not discount each other
   * @param restated share of a body candidate's content words already in one picked body sentence at
   *     which it restates that sentence and is dropped
   * @param loadedPenalty log-odds taken per loaded-lexicon word
   */
  record Tuning(int maxTitles, double redundant, double samePartRedundancy, double restated, double loadedPenalty) {
    static final Tuning DEFAULT = new Tuning(2, 0.5, 1.0, 0.7, 0.2);
  }

  private final TextEmbedder embedder;
  private final int wordBudget;
  private final SelectionModel model;
  private final Tuning tuning;

  /** Lexical similarity only; the shipped model; a word budget of 60. */
  public Briefer() {
    this(null, 60);
  }

  /**
   * @param embedder semantic similarity blended into support and redundancy, or {@code null}
   * @param wordBudget stop adding sentences once the brief has this many words (but keep at least 3)
   */
  public Briefer(TextEmbedder embedder, int wordBudget) {
    this(embedder, wordBudget, SelectionModel.DEFAULT);
  }

  /** As {@link #Briefer(TextEmbedder, int)} with another selection model (one just trained). */
  public Briefer(TextEmbedder embedder, int wordBudget, SelectionModel model) {
    this(embedder, wordBudget, model, Tuning.DEFAULT);
  }

  Briefer(TextEmbedder embedder, int wordBudget, SelectionModel model, Tuning tuning) {
    if (wordBudget < 1) {
      throw new IllegalArgumentException("Brief word budget must be positive, got " + wordBudget);
    }
    this.embedder = embedder;
    this.wordBudget = wordBudget;
    this.model = model;
    this.tuning = tuning;
  }

  record Cand(int article, String part, AnalyzedArticle.Sent sent, int position, int loaded,
      double quoted) {
    /** A title, or a body line that reads as one (no closing punctuation: a headline kept in the text). */
    boolean headline() {
      if (part.equals("title")) return true;
      String t = sent.text().strip();
      int end = t.length();
      while (end > 0 && "\"”’')]".indexOf(t.charAt(end - 1)) >= 0) end--;
      return end > 0 && ".!?:;".indexOf(t.charAt(end - 1)) < 0;
    }

    /** Mostly quotation, or opening with a quotation mark: one side's words. */
    boolean quotation() {
      String t = sent.text().strip();
      return quoted >= QUOTATION || (!t.isEmpty() && "\"“‘'".indexOf(t.charAt(0)) >= 0);
    }
  }

  /**
   * The candidates of an event with their pairwise similarity and features (what selection and
   * training share).
   */
  record Candidates(List<Cand> cands, double[][] sim, double[][] features, List<String> ids,
      List<String> outlets) {}

  public List<BriefSentence> brief(List<ComparedArticle> event) {
    return briefAnalyzed(AnalyzedArticle.of(event));
  }

  /** As {@link #brief}, over the event's articles already analysed (shared with the comparison). */
  public List<BriefSentence> briefAnalyzed(List<AnalyzedArticle> event) {
    Candidates c = candidates(event);
    if (c.cands().isEmpty()) return List.of();
    List<BriefSentence> out = new ArrayList<>();
    for (int u : selectWith(c, model)) out.add(sentence(u, c.cands(), c.sim(), c.ids(), event));
    return out;
  }

  /** The candidates the brief uses with this model, neutral variants swapped in, in reading order. */
  List<Integer> selectWith(Candidates c, SelectionModel m) {
    double[] score = new double[c.cands().size()];
    for (int u = 0; u < score.length; u++) {
      score[u] = m.score(c.features()[u]) - tuning.loadedPenalty() * c.cands().get(u).loaded();
    }
    return order(c, neutralVariants(c, select(c, score)));
  }

  Candidates candidates(List<AnalyzedArticle> event) {
    List<Cand> cands = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (int a = 0; a < event.size(); a++) {
      AnalyzedArticle body = event.get(a);
      ComparedArticle c = body.source();
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
      int pos = 0;
      for (AnalyzedArticle.Sent s : body.sentences()) {
        int w = s.wordCount();
        if (w >= 6 && w <= 70 && readable(s)) cands.add(cand(a, "text", s, pos));
        pos++;
      }
    }
    int n = cands.size();
    if (n == 0) return new Candidates(List.of(), new double[0][0], new double[0][0], ids, outlets);
    List<List<AnalyzedArticle.Tok>> toks = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Cand c : cands) {
      toks.add(c.sent().tokens());
      texts.add(c.sent().text());
    }
    SentenceSimilarity sim = new SentenceSimilarity(toks, embedder == null ? null : embedder.embed(texts).toArray(float[][]::new));
    double[][] s = new double[n][n];
    for (int u = 0; u < n; u++) {
      Map<Integer, Double> lex = sim.lexicalNeighbours(u);
      for (int v = 0; v < n; v++) {
        if (v == u) continue;
        double l = lex.getOrDefault(v, 0.0);
        s[u][v] = sim.hasEmbeddings() ? sim.combined(u, v, l) : l;
      }
    }
    return new Candidates(List.copyOf(cands), s, features(cands, s, event.size(), outlets), ids, outlets);
  }

  private static double[][] features(List<Cand> cands, double[][] s, int articles, List<String> outlets) {
    int n = cands.size();
    int others = Math.max(1, articles - 1);
    double[] supportMean = new double[n];
    double[][] f = new double[n][];
    for (int u = 0; u < n; u++) {
      Map<Integer, Double> best = bestPerArticle(cands, s, u);
      double sum = 0;
      for (double v : best.values()) sum += v;
      supportMean[u] = sum / others;
    }
    double[] articleSum = new double[articles];
    int[] articleCount = new int[articles];
    for (int u = 0; u < n; u++) {
      articleSum[cands.get(u).article()] += supportMean[u];
      articleCount[cands.get(u).article()]++;
    }
    for (int u = 0; u < n; u++) {
      Cand c = cands.get(u);
      Map<Integer, Double> best = bestPerArticle(cands, s, u);
      Set<String> supportOutlets = new LinkedHashSet<>();
      double max = 0;
      for (Map.Entry<Integer, Double> e : best.entrySet()) {
        max = Math.max(max, e.getValue());
        if (e.getValue() >= SUPPORT && !outlets.get(e.getKey()).equals(outlets.get(c.article()))) {
          supportOutlets.add(outlets.get(e.getKey()));
        }
      }
      double titleMatch = 0;
      double ownTitle = 0;
      for (int v = 0; v < n; v++) {
        if (v == u || !cands.get(v).part().equals("title")) continue;
        if (cands.get(v).article() == c.article()) ownTitle = s[u][v];
        else titleMatch = Math.max(titleMatch, s[u][v]);
      }
      boolean title = c.part().equals("title");
      boolean body = !title;
      int words = c.sent().wordCount();
      int names = 0;
      boolean number = false;
      boolean first = true;
      for (AnalyzedArticle.Tok t : c.sent().tokens()) {
        if (!t.word()) continue;
        if (t.capitalized() && !first) names++;
        if (Character.isDigit(t.text().charAt(0))) number = true;
        first = false;
      }
      String text = c.sent().text().strip();
      f[u] = new double[] {
          supportMean[u], max, Math.min(supportOutlets.size(), 3), title ? 1 : 0,
          body && c.headline() ? 1 : 0, body ? 1.0 / (1 + c.position()) : 0, body && c.position() == 0 ? 1 : 0,
          body && c.position() >= 3 ? 1 : 0, words / 30.0, (words / 30.0) * (words / 30.0), c.loaded(), c.quoted(),
          !text.isEmpty() && "\"“‘'".indexOf(text.charAt(0)) >= 0 ? 1 : 0, number ? 1 : 0,
          words == 0 ? 0 : (double) names / words, articleSum[c.article()] / articleCount[c.article()], titleMatch,
          ownTitle};
    }
    return f;
  }

  /**
   * Greedy selection by score (see the class comment); redundancy is discounted only within a kind.
   * Returns candidate indexes in the order picked.
   */
  List<Integer> select(Candidates c, double[] score) {
    List<Cand> cands = c.cands();
    double[][] s = c.sim();
    int n = cands.size();
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
      for (int v = 0; v < n; v++) {
        if (s[bestU][v] >= tuning.redundant()) blocked[v] = true;
        else if (!cands.get(v).headline() && !cands.get(bestU).headline()
            && contained(cands.get(v), cands.get(bestU)) >= tuning.restated()) blocked[v] = true;
      }
      if (picked.size() >= MIN_SENTENCES && words >= wordBudget) break;
    }
    return picked;
  }

  /**
   * Share of {@code a}'s content words (stems, and numbers) that {@code b} also has, unweighted: two
   * leads restating one fact share most of their words even when every outlet's use of them makes
   * those words weigh little in the event's own similarity.
   */
  static double contained(Cand a, Cand b) {
    Set<String> bw = contentWords(b);
    Set<String> aw = contentWords(a);
    if (aw.isEmpty()) return 0;
    int shared = 0;
    for (String w : aw) if (bw.contains(w)) shared++;
    return (double) shared / aw.size();
  }

  private static Set<String> contentWords(Cand c) {
    Set<String> out = new HashSet<>();
    for (AnalyzedArticle.Tok t : c.sent().tokens()) {
      if (t.content()) out.add(t.stem());
      else if (t.word() && Character.isDigit(t.lower().charAt(0))) out.add(t.lower());
    }
    return out;
  }

  /** Each picked sentence, or a matching sentence of another article with fewer loaded words. */
  List<Integer> neutralVariants(Candidates c, List<Integer> picked) {
    List<Integer> chosen = new ArrayList<>();
    for (int u : picked) {
      int best = u;
      for (int v = 0; v < c.cands().size(); v++) {
        if (v == u || c.sim()[u][v] < VARIANT || chosen.contains(v) || picked.contains(v)) continue;
        if (c.cands().get(v).part().equals(c.cands().get(u).part())
            && c.cands().get(v).loaded() < c.cands().get(best).loaded()) best = v;
      }
      chosen.add(best);
    }
    return chosen;
  }

  /**
   * Reading order: headlines that are not quotations first, then sentences by position in their
   * article (a quoted headline among the leads); sentences at the same position (the leads of several
   * outlets) in the order they were picked, best first.
   */
  List<Integer> order(Candidates c, List<Integer> chosen) {
    List<Integer> rank = List.copyOf(chosen);
    List<Integer> out = new ArrayList<>(chosen);
    out.sort(Comparator.comparingInt((Integer u) -> {
          Cand k = c.cands().get(u);
          return k.part().equals("title") && k.quotation() ? 0 : k.position();
        })
        .thenComparingInt(rank::indexOf));
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
      List<AnalyzedArticle> event) {
    Cand c = cands.get(u);
    Map<Integer, SourceSpan> spans = new LinkedHashMap<>();
    Span own = trimConnective(c);
    String ownText = textOf(event.get(c.article()).source().article(), c.part(), own);
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
