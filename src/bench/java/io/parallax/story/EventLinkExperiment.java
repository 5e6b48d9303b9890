package io.parallax.story;

import java.util.*;

/**
 * Experiment: storylines as clusters of (lexical) events. Event pair features from event centroids;
 * a logistic model fitted on the event pairs of one half of the topics, clustering scored on both.
 */
public final class EventLinkExperiment {
  static final String[] NAMES = {"emb", "subj", "terms", "names", "pStory", "pStoryLex", "kind"};

  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    StoryConfig emb = StoryConfig.withEmbeddings();
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    Map<String, float[]> kind = KindExperiment.masked(dev.articles, features);
    List<ArticleProfile> kp = features.stream().map(f -> ArticleProfile.of(f.withEmbedding(kind.get(f.id())), stats)).toList();
    int n = profiles.size();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, lex.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int[] stLex = StoryDetector.clusterStorylines(n, pairs, ev, lex);
    int[] evLex = StoryDetector.clusterEvents(stLex, pairs, ev, lex);
    evLex = StoryDetector.attachSmallEvents(profiles, stLex, evLex, StoryDetector.SMALL_EVENT, lex.attachThreshold());
    // events as units
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) members.computeIfAbsent(evLex[i], x -> new ArrayList<>()).add(i);
    List<Integer> roots = new ArrayList<>(members.keySet());
    Map<Integer, Integer> idx = new HashMap<>();
    for (int r : roots) idx.put(r, idx.size());
    int m = roots.size();
    List<ArticleProfile> c = roots.stream().map(r -> ArticleProfile.centroid("e" + r, members.get(r).stream().map(profiles::get).toList())).toList();
    List<ArticleProfile> kc = roots.stream().map(r -> ArticleProfile.centroid("k" + r, members.get(r).stream().map(kp::get).toList())).toList();
    double[][] pSum = new double[m][m], pSumLex = new double[m][m];
    for (int k = 0; k < pairs.size(); k++) {
      int a = idx.get(evLex[pairs.get(k)[0]]), b = idx.get(evLex[pairs.get(k)[1]]);
      if (a == b) continue;
      double p = emb.storylineProbability(ev.get(k)), pl = lex.storylineProbability(ev.get(k));
      pSum[a][b] += p; pSum[b][a] += p; pSumLex[a][b] += pl; pSumLex[b][a] += pl;
    }
    String[] gold = new String[m];
    for (int a = 0; a < m; a++) {
      Map<String, Integer> cnt = new HashMap<>();
      for (int i : members.get(roots.get(a))) cnt.merge(dev.goldStoryline.get(profiles.get(i).id()), 1, Integer::sum);
      gold[a] = Collections.max(cnt.entrySet(), Map.Entry.comparingByValue()).getKey();
    }
    double[][][] x = new double[m][m][];
    for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) {
      ArticleProfile u = c.get(a), v = c.get(b);
      double e = 0;
      for (int i = 0; i < u.features().embedding().length; i++) e += u.features().embedding()[i] * v.features().embedding()[i];
      double size = (double) members.get(roots.get(a)).size() * members.get(roots.get(b)).size();
      x[a][b] = new double[] {e, u.subject().dot(v.subject()), u.terms().dot(v.terms()), u.names().dot(v.names()), pSum[a][b] / size, pSumLex[a][b] / size, KindExperiment.dot(kc.get(a), kc.get(b))};
    }
    int[][] sets = {{6}, {6, 1}, {6, 4}, {6, 1, 4}, {6, 0, 1, 4}, {6, 0, 1, 3, 4}, {6, 0, 1, 2, 3, 4, 5}, {6, 3}, {6, 1, 3}};
    for (int[] set : sets) {
      for (int fitHalf = 0; fitHalf <= 2; fitHalf++) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) {
          int ha = Integer.parseInt(gold[a]) % 2, hb = Integer.parseInt(gold[b]) % 2;
          if (fitHalf < 2 && (ha != fitHalf || hb != fitHalf)) continue;
          double[] f = new double[set.length];
          for (int j = 0; j < set.length; j++) f[j] = x[a][b][set[j]];
          xs.add(f);
          ys.add(gold[a].equals(gold[b]) ? 1 : 0);
        }
        double[] w = fit(xs, ys);
        StringBuilder wl = new StringBuilder();
        for (int j = 0; j < set.length; j++) wl.append(NAMES[set[j]]).append('=').append(String.format("%.2f", w[j])).append(' ');
        wl.append(String.format("bias=%.2f", w[set.length]));
        System.out.println("features " + wl + " fitted on " + (fitHalf == 2 ? "all" : "h" + fitHalf));
        for (double t = 0.2; t <= 0.801; t += 0.05) {
          AverageLinkClustering cl = new AverageLinkClustering(m);
          for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) {
            double z = w[set.length];
            for (int j = 0; j < set.length; j++) z += w[j] * x[a][b][set[j]];
            cl.edge(a, b, 1 / (1 + Math.exp(-z)));
          }
          int[] lab = cl.cluster(t);
          int[] st = new int[n];
          for (int i = 0; i < n; i++) st[i] = lab[idx.get(evLex[i])];
          HybridExperiment.report(String.format("  t=%.2f", t), dev, profiles, evLex, st);
        }
      }
    }
  }

  static double[] fit(List<double[]> x, List<Integer> y) {
    int d = x.get(0).length;
    double[] w = new double[d + 1];
    int n = x.size();
    for (int it = 0; it < 5000; it++) {
      double[] g = new double[d + 1];
      for (int i = 0; i < n; i++) {
        double[] xi = x.get(i);
        double z = w[d];
        for (int j = 0; j < d; j++) z += w[j] * xi[j];
        double err = 1 / (1 + Math.exp(-z)) - y.get(i);
        for (int j = 0; j < d; j++) g[j] += err * xi[j];
        g[d] += err;
      }
      for (int j = 0; j < d; j++) w[j] -= 2.0 * (g[j] / n + 1e-4 * w[j]);
      w[d] -= 2.0 * g[d] / n;
    }
    return w;
  }
}
