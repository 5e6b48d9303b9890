package io.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarity between sentences of one event, over stems of content words; names
 * (capitalised words not opening the sentence) weigh 1.5 times. IDF is computed over the event's
 * own sentences, so words every outlet repeats ("Gaza" in a Gaza story) count little. Optionally
 * blended with embedding similarity.
 */
public final class SentenceSimilarity {

  /** A unit-length sparse vector: term ids and weights. */
  record Vec(int[] terms, double[] weights) {}

  private final List<Vec> vectors = new ArrayList<>();
  private final Map<Integer, List<int[]>> postings = new HashMap<>();
  private final float[][] embeddings;

  public SentenceSimilarity(List<List<AnalyzedArticle.Tok>> sentences, float[][] embeddings) {
    this.embeddings = embeddings;
    Map<String, Integer> ids = new HashMap<>();
    List<Map<Integer, Double>> tfs = new ArrayList<>();
    Map<Integer, Integer> df = new HashMap<>();
    for (List<AnalyzedArticle.Tok> toks : sentences) {
      Map<Integer, Double> tf = new HashMap<>();
      boolean first = true;
      for (AnalyzedArticle.Tok t : toks) {
        if (t.content()) {
          int id = ids.computeIfAbsent(t.stem(), k -> ids.size());
          double w = t.capitalized() && !first ? 1.5 : 1.0;
          tf.merge(id, w, Math::max);
        } else if (t.word() && Character.isDigit(t.lower().charAt(0))) {
          int id = ids.computeIfAbsent(t.lower(), k -> ids.size());
          tf.merge(id, 1.0, Math::max);
        }
        if (t.word()) first = false;
      }
      for (Integer id : tf.keySet()) df.merge(id, 1, Integer::sum);
      tfs.add(tf);
    }
    int n = sentences.size();
    for (int s = 0; s < n; s++) {
      Map<Integer, Double> tf = tfs.get(s);
      int[] terms = new int[tf.size()];
      double[] ws = new double[tf.size()];
      int k = 0;
      double norm = 0;
      for (Map.Entry<Integer, Double> e : tf.entrySet()) {
        double w = e.getValue() * Math.log(1.0 + (double) n / df.get(e.getKey()));
        terms[k] = e.getKey();
        ws[k] = w;
        norm += w * w;
        k++;
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < ws.length; i++) ws[i] = norm == 0 ? 0 : ws[i] / norm;
      vectors.add(new Vec(terms, ws));
      for (int i = 0; i < terms.length; i++) {
        postings.computeIfAbsent(terms[i], x -> new ArrayList<>()).add(new int[] {s, i});
      }
    }
  }

  int size() {
    return vectors.size();
  }

  /** Lexical cosine of sentence {@code s} with every sentence sharing a term (others are 0). */
  public Map<Integer, Double> lexicalNeighbours(int s) {
    Vec v = vectors.get(s);
    Map<Integer, Double> acc = new HashMap<>();
    for (int i = 0; i < v.terms().length; i++) {
      for (int[] p : postings.get(v.terms()[i])) {
        if (p[0] == s) continue;
        acc.merge(p[0], v.weights()[i] * vectors.get(p[0]).weights()[p[1]], Double::sum);
      }
    }
    return acc;
  }

  public boolean hasEmbeddings() {
    return embeddings != null;
  }

  public double semantic(int a, int b) {
    float[] x = embeddings[a];
    float[] y = embeddings[b];
    double d = 0;
    for (int i = 0; i < x.length; i++) d += x[i] * y[i];
    return d;
  }

  /**
   * The similarity used to align claims: lexical cosine, raised by semantic similarity when
   * embeddings are present (a paraphrase with few shared words still aligns).
   */
  public double combined(int a, int b, double lexical) {
    if (embeddings == null) return lexical;
    double sem = semantic(a, b);
    return Math.max(lexical, 0.5 * lexical + 0.5 * Math.max(0, (sem - 0.55) / 0.45));
  }
}
