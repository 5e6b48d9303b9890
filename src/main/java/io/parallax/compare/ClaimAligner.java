package io.parallax.compare;

import io.parallax.compare.Comparison.Claim;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.nlp.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns sentences across articles. A sentence is supported by another article when that article
 * has a sentence at least {@link #MATCH} similar to it ({@link SentenceSimilarity}). Claims are
 * formed greedily from the best-supported sentences; a claim whose supporters span two or more
 * outlets is consensus, one carried by a single outlet is single-source.
 */
final class ClaimAligner {

  static final double MATCH = 0.28;
  static final int MIN_WORDS = 5;
  static final int MAX_SINGLE_SOURCE = 25;

  /** A sentence of the event: article index and sentence. */
  record Unit(int article, AnalyzedArticle.Sent sent) {}

  /** For one unit, the best match in each other article: article index -> {unit index, sim}. */
  record Support(Unit unit, Map<Integer, Match> best) {}

  record Match(int unit, double sim) {}

  final List<AnalyzedArticle> articles;
  final List<Unit> units = new ArrayList<>();
  final List<Support> support = new ArrayList<>();
  final SentenceSimilarity sim;

  ClaimAligner(List<AnalyzedArticle> articles, TextEmbedder embedder) {
    this.articles = articles;
    List<List<AnalyzedArticle.Tok>> toks = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      for (AnalyzedArticle.Sent s : articles.get(a).sentences) {
        if (s.wordCount() < MIN_WORDS) continue;
        units.add(new Unit(a, s));
        toks.add(s.tokens());
        texts.add(s.text());
      }
    }
    float[][] emb = embedder == null || texts.isEmpty() ? null : embedder.embed(texts).toArray(float[][]::new);
    this.sim = new SentenceSimilarity(toks, emb);
    for (int u = 0; u < units.size(); u++) {
      Map<Integer, Match> best = new HashMap<>();
      Map<Integer, Double> lex = sim.lexicalNeighbours(u);
      if (sim.hasEmbeddings()) {
        for (int v = 0; v < units.size(); v++) {
          if (v != u) consider(u, v, lex.getOrDefault(v, 0.0), best);
        }
      } else {
        for (Map.Entry<Integer, Double> e : lex.entrySet()) consider(u, e.getKey(), e.getValue(), best);
      }
      support.add(new Support(units.get(u), best));
    }
  }

  private void consider(int u, int v, double lexical, Map<Integer, Match> best) {
    int b = units.get(v).article();
    if (b == units.get(u).article()) return;
    double s = sim.combined(u, v, lexical);
    Match m = best.get(b);
    if (m == null || s > m.sim()) best.put(b, new Match(v, s));
  }

  /** Articles (indices) supporting unit u, its own first. */
  List<Integer> supporters(int u, double threshold) {
    List<Integer> out = new ArrayList<>();
    out.add(units.get(u).article());
    support.get(u).best().entrySet().stream()
        .filter(e -> e.getValue().sim() >= threshold)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  int outletCount(List<Integer> arts) {
    Set<String> o = new LinkedHashSet<>();
    for (int a : arts) o.add(articles.get(a).outlet());
    return o.size();
  }

  /** Claims: [0] consensus, [1] single-source. */
  List<List<Claim>> claims() {
    List<Integer> order = new ArrayList<>();
    int[] outletsOf = new int[units.size()];
    double[] strength = new double[units.size()];
    for (int u = 0; u < units.size(); u++) {
      order.add(u);
      outletsOf[u] = outletCount(supporters(u, MATCH));
      strength[u] = supportStrength(u);
    }
    order.sort(Comparator.<Integer>comparingInt(u -> -outletsOf[u])
        .thenComparingDouble(u -> -strength[u])
        .thenComparingInt(u -> units.get(u).article())
        .thenComparingInt(u -> units.get(u).sent().index()));
    boolean[] used = new boolean[units.size()];
    List<Claim> consensus = new ArrayList<>();
    List<Integer> single = new ArrayList<>();
    for (int u : order) {
      if (used[u]) continue;
      used[u] = true;
      List<Integer> arts = supporters(u, MATCH);
      if (outletCount(arts) >= 2) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(evidence(u));
        for (int a : arts) {
          if (a == units.get(u).article()) continue;
          int v = support.get(u).best().get(a).unit();
          used[v] = true;
          ev.add(evidence(v));
        }
        consensus.add(claim(ev));
      } else {
        single.add(u);
      }
    }
    consensus.sort(Comparator.comparingInt((Claim c) -> -c.outlets().size())
        .thenComparingInt(c -> -c.articles().size()));
    single.sort(Comparator.comparingDouble((Integer u) -> -salience(units.get(u).sent()))
        .thenComparingInt(u -> u));
    List<Integer> top = new ArrayList<>(single.subList(0, Math.min(MAX_SINGLE_SOURCE, single.size())));
    top.sort(Comparator.comparingInt((Integer u) -> units.get(u).article())
        .thenComparingInt(u -> units.get(u).sent().index()));
    List<Claim> singles = new ArrayList<>();
    for (int u : top) {
      List<Evidence> ev = new ArrayList<>();
      ev.add(evidence(u));
      // other articles of the same outlet that carry it too (e.g. two versions of one wire story)
      for (int a : supporters(u, MATCH)) {
        if (a != units.get(u).article()) ev.add(evidence(support.get(u).best().get(a).unit()));
      }
      singles.add(claim(ev));
    }
    return List.of(consensus, singles);
  }

  private double supportStrength(int u) {
    double s = 0;
    for (Match m : support.get(u).best().values()) if (m.sim() >= MATCH) s += m.sim();
    return s;
  }

  /** Names, numbers and quotes make a claim worth listing. */
  static double salience(AnalyzedArticle.Sent s) {
    double score = 0;
    boolean first = true;
    for (AnalyzedArticle.Tok t : s.tokens()) {
      if (t.word() && t.capitalized() && !first) score += 1;
      if (t.word() && Character.isDigit(t.text().charAt(0))) score += 1.5;
      if (t.word()) first = false;
    }
    return score / Math.sqrt(Math.max(1, s.wordCount()));
  }

  Evidence evidence(int u) {
    Unit unit = units.get(u);
    AnalyzedArticle a = articles.get(unit.article());
    return new Evidence(a.id(), a.outlet(), unit.sent().span(), unit.sent().text());
  }

  private static Claim claim(List<Evidence> ev) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (Evidence e : ev) {
      ids.add(e.articleId());
      outlets.add(e.outlet());
    }
    return new Claim(ev.get(0).text(), List.copyOf(ids), List.copyOf(outlets), ev);
  }
}
