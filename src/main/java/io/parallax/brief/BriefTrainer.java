package io.parallax.brief;

import io.parallax.compare.AnalyzedArticle;
import io.parallax.compare.ComparedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Learns the brief's content selection from stories with editors' summaries (brief-train), and scores
 * briefs against such summaries.
 *
 * <p>Labels: for each story, the candidates a greedy oracle picks to maximise ROUGE-L against the
 * editor's summary (in the brief's reading order) are positives, every other candidate a negative.
 * Model: L2-regularised logistic regression over the standardised {@link Briefer#FEATURES}, fitted by
 * Newton's method (a few dozen features, tens of thousands of candidates: seconds on one core).
 */
public final class BriefTrainer {

  /**
   * One story to learn from or to score on.
   *
   * @param id the story's name
   * @param articles its articles
   * @param summary the editor's summary
   */
  public record Story(String id, List<ComparedArticle> articles, String summary) {
    public Story {
      articles = List.copyOf(articles);
    }
  }

  /**
   * Scores of briefs against summaries.
   *
   * @param rougeL mean ROUGE-L F1 over the stories
   * @param wordsPerBrief mean scorer tokens per brief
   * @param stories how many stories
   * @param outsideRange briefs with fewer than 3 or more than 7 sentences
   */
  public record Evaluation(double rougeL, double wordsPerBrief, int stories, int outsideRange) {}

  /** Regularisation strength on the standardised weights. */
  static final double L2 = 1.0;

  private BriefTrainer() {}

  /**
   * Fits the selection model on these stories (never on the stories it will be scored on): a logistic
   * regression on the oracle's labels, then coordinate ascent of its weights on the ROUGE-L of the
   * briefs it selects with {@code briefer}'s selection settings.
   */
  public static SelectionModel train(List<Story> stories, Briefer briefer) {
    List<Prepared> prepared = new ArrayList<>();
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Story st : stories) {
      Briefer.Candidates c = briefer.candidates(AnalyzedArticle.of(st.articles()));
      if (c.cands().isEmpty()) continue;
      List<String> gold = Rouge.tokens(st.summary());
      List<List<String>> toks = new ArrayList<>();
      for (Briefer.Cand k : c.cands()) toks.add(Rouge.tokens(k.sent().text()));
      prepared.add(new Prepared(c, gold, toks));
      boolean[] label = oracle(c, gold);
      for (int u = 0; u < label.length; u++) {
        xs.add(c.features()[u]);
        ys.add(label[u]);
      }
    }
    if (xs.isEmpty()) {
      throw new IllegalArgumentException("No brief candidates in " + stories.size()
          + " training stories; give stories whose articles have titles or sentences of 6+ words");
    }
    SelectionModel learned = fit(xs, ys);
    SelectionModel rule = rule(learned);
    double fromLearned = objective(learned, prepared, briefer);
    double fromRule = objective(rule, prepared, briefer);
    SelectionModel start = fromRule > fromLearned ? rule : learned;
    SelectionModel out = ascend(start, prepared, briefer);
    System.err.printf(Locale.ROOT, "brief-train: training ROUGE-L %.4f (logistic regression) / %.4f (hand rule) -> %.4f "
        + "after coordinate ascent from the %s%n", fromLearned, fromRule, objective(out, prepared, briefer),
        start == rule ? "hand rule" : "regression");
    return out;
  }

  /**
   * The hand-set scoring rule of earlier versions (support in the other articles, a bonus per other
   * outlet, title and lead priors, a quotation penalty) in this model's standardised form: one of the
   * two starting points of the ascent.
   */
  public static SelectionModel rule(SelectionModel scales) {
    java.util.Map<String, Double> coef = java.util.Map.of("support_mean", 2.5, "support_outlets", 0.3, "title", 0.3,
        "lead", 0.375, "quoted", -0.375);
    List<Double> w = new ArrayList<>();
    for (int j = 0; j < Briefer.FEATURES.size(); j++) {
      w.add(coef.getOrDefault(Briefer.FEATURES.get(j), 0.0) * scales.scale().get(j));
    }
    return new SelectionModel(Briefer.FEATURES, 0, w, scales.mean(), scales.scale());
  }

  /** A training story's candidates, its summary's tokens and each candidate's tokens. */
  private record Prepared(Briefer.Candidates cands, List<String> gold, List<List<String>> toks) {}

  /** Steps tried per weight in each round of coordinate ascent, times the round's step size. */
  private static final double[] STEPS = {-2, -1, -0.5, 0.5, 1, 2};

  /**
   * Coordinate ascent on mean ROUGE-L: each weight (and the intercept, which matters through the
   * redundancy discount) in turn moves by the step that raises the training score most, in rounds of
   * halving step size.
   */
  static SelectionModel ascend(SelectionModel start, List<Prepared> stories, Briefer briefer) {
    double[] w = new double[start.weights().size() + 1];
    w[0] = start.intercept();
    for (int j = 0; j < start.weights().size(); j++) w[j + 1] = start.weights().get(j);
    double best = objective(withWeights(start, w), stories, briefer);
    for (double step = 0.4; step >= 0.05; step /= 2) {
      boolean moved = true;
      for (int round = 0; round < 3 && moved; round++) {
        moved = false;
        for (int j = 0; j < w.length; j++) {
          double keep = w[j];
          double bestW = keep;
          for (double d : STEPS) {
            w[j] = keep + d * step;
            double r = objective(withWeights(start, w), stories, briefer);
            if (r > best + 1e-5) {
              best = r;
              bestW = w[j];
              moved = true;
            }
          }
          w[j] = bestW;
        }
      }
    }
    return withWeights(start, w);
  }

  private static SelectionModel withWeights(SelectionModel m, double[] w) {
    List<Double> weights = new ArrayList<>();
    for (int j = 1; j < w.length; j++) weights.add(w[j]);
    return new SelectionModel(m.features(), w[0], weights, m.mean(), m.scale());
  }

  private static double objective(SelectionModel m, List<Prepared> stories, Briefer briefer) {
    double sum = 0;
    for (Prepared p : stories) {
      List<Integer> order = briefer.selectWith(p.cands(), m);
      List<String> pred = new ArrayList<>();
      for (int u : order) pred.addAll(p.toks().get(u));
      sum += Rouge.rougeL(p.gold(), pred);
    }
    return sum / stories.size();
  }

  /**
   * The greedy oracle: adds the candidate that raises ROUGE-L against {@code gold} most, in reading
   * order (titles, then by position), until none raises it.
   */
  static boolean[] oracle(Briefer.Candidates c, List<String> gold) {
    int n = c.cands().size();
    List<List<String>> toks = new ArrayList<>();
    for (Briefer.Cand k : c.cands()) toks.add(Rouge.tokens(k.sent().text()));
    boolean[] in = new boolean[n];
    List<Integer> picked = new ArrayList<>();
    double best = 0;
    while (true) {
      int bestU = -1;
      for (int u = 0; u < n; u++) {
        if (in[u]) continue;
        List<Integer> trial = new ArrayList<>(picked);
        trial.add(u);
        trial.sort(Comparator.comparingInt((Integer v) -> c.cands().get(v).position()).thenComparingInt(v -> v));
        List<String> pred = new ArrayList<>();
        for (int v : trial) pred.addAll(toks.get(v));
        double r = Rouge.rougeL(gold, pred);
        if (r > best + 1e-9) {
          best = r;
          bestU = u;
        }
      }
      if (bestU < 0) return in;
      in[bestU] = true;
      picked.add(bestU);
    }
  }

  static SelectionModel fit(List<double[]> xs, List<Boolean> ys) {
    int d = Briefer.FEATURES.size();
    int n = xs.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] x : xs) for (int j = 0; j < d; j++) mean[j] += x[j] / n;
    for (double[] x : xs) for (int j = 0; j < d; j++) scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
    for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1.0;
    double[][] z = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) z[i][j + 1] = (xs.get(i)[j] - mean[j]) / scale[j];
    }
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + Math.exp(-dot(w, z[i])));
        double r = p - (ys.get(i) ? 1 : 0);
        double q = p * (1 - p);
        for (int a = 0; a <= d; a++) {
          g[a] += r * z[i][a];
          for (int b = a; b <= d; b++) h[a][b] += q * z[i][a] * z[i][b];
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) h[a][b] = h[b][a];
        if (a > 0) {
          g[a] += L2 * w[a];
          h[a][a] += L2;
        }
      }
      double[] step = solve(h, g);
      double size = 0;
      for (int a = 0; a <= d; a++) {
        w[a] -= step[a];
        size = Math.max(size, Math.abs(step[a]));
      }
      if (size < 1e-7) break;
    }
    List<Double> weights = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> scales = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      weights.add(w[j + 1]);
      means.add(mean[j]);
      scales.add(scale[j]);
    }
    return new SelectionModel(Briefer.FEATURES, w[0], weights, means, scales);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) piv = r;
      double[] t = m[col];
      m[col] = m[piv];
      m[piv] = t;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int k = col; k <= n; k++) m[r][k] -= f * m[col][k];
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int k = i + 1; k < n; k++) s -= m[i][k] * x[k];
      x[i] = s / m[i][i];
    }
    return x;
  }

  /** ROUGE-L and words per brief of {@code briefer} on these stories. */
  public static Evaluation evaluate(Briefer briefer, List<Story> stories) {
    double rl = 0;
    double words = 0;
    int outside = 0;
    for (Story st : stories) {
      List<BriefSentence> brief = briefer.brief(st.articles());
      if (brief.size() < Briefer.MIN_SENTENCES || brief.size() > Briefer.MAX_SENTENCES) outside++;
      StringBuilder sb = new StringBuilder();
      for (BriefSentence s : brief) sb.append(s.text()).append(' ');
      List<String> pred = Rouge.tokens(sb.toString());
      rl += Rouge.rougeL(Rouge.tokens(st.summary()), pred);
      words += pred.size();
    }
    int n = Math.max(1, stories.size());
    return new Evaluation(rl / n, words / n, stories.size(), outside);
  }

  /**
   * The copy-one-lead baselines: ROUGE-L of copying the k-th article's title and text of every story
   * (k = 0, 1, 2...: one entry per position any story has), and, last, of the best single lead per
   * story (an oracle: it reads the summary).
   */
  public static double[] leadBaselines(List<Story> stories) {
    int max = 0;
    for (Story st : stories) max = Math.max(max, st.articles().size());
    double[] sum = new double[max + 1];
    int[] count = new int[max + 1];
    for (Story st : stories) {
      List<String> gold = Rouge.tokens(st.summary());
      double best = 0;
      for (int k = 0; k < st.articles().size(); k++) {
        ComparedArticle a = st.articles().get(k);
        double r = Rouge.rougeL(gold, Rouge.tokens(a.article().title().orElse("") + " " + a.article().text()));
        sum[k] += r;
        count[k]++;
        best = Math.max(best, r);
      }
      sum[max] += best;
      count[max]++;
    }
    double[] out = new double[max + 1];
    for (int k = 0; k <= max; k++) out[k] = count[k] == 0 ? 0 : sum[k] / count[k];
    return out;
  }
}
