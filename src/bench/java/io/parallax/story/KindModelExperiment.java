package io.parallax.story;

import java.util.*;

/**
 * Experiment: storyline pair model with the masked-lead ("kind") embedding cosine, fitted on one half of
 * the topics; first-pass storylines, optional centroid merge, lexical events inside.
 */
public final class KindModelExperiment {
  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    Map<String, float[]> kind = KindExperiment.masked(dev.articles, features);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    List<ArticleProfile> kp = features.stream().map(f -> ArticleProfile.of(f.withEmbedding(kind.get(f.id())), stats)).toList();
    int n = profiles.size();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, lex.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    List<double[]> x = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      double[] a = ev.get(k).toArray();
      double[] b = Arrays.copyOf(a, a.length + 1);
      b[a.length] = KindExperiment.dot(kp.get(pairs.get(k)[0]), kp.get(pairs.get(k)[1]));
      x.add(b);
    }
    int[] half = new int[n];
    for (int i = 0; i < n; i++) half[i] = Integer.parseInt(dev.goldStoryline.get(profiles.get(i).id())) % 2;
    String[] variants = args.length > 0 ? args : new String[] {"emb", "kind", "both"};
    for (String variant : variants) {
      for (int fitHalf = 0; fitHalf <= 2; fitHalf++) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
          int a = pairs.get(k)[0], b = pairs.get(k)[1];
          if (fitHalf < 2 && (half[a] != fitHalf || half[b] != fitHalf)) continue;
          xs.add(select(x.get(k), variant));
          ys.add(dev.goldStoryline.get(profiles.get(a).id()).equals(dev.goldStoryline.get(profiles.get(b).id())) ? 1 : 0);
        }
        double[] w = EventLinkExperiment.fit(xs, ys);
        System.out.println("MODEL " + variant + " fitted on " + (fitHalf == 2 ? "all" : "h" + fitHalf) + " " + Arrays.toString(Arrays.stream(w).map(v -> Math.round(v * 100) / 100.0).toArray()));
        double[] p = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
          double[] f = select(x.get(k), variant);
          double z = w[f.length];
          for (int j = 0; j < f.length; j++) z += w[j] * f[j];
          p[k] = 1 / (1 + Math.exp(-z));
        }
        for (double ts : new double[] {0.15, 0.2, 0.25, 0.3, 0.35, 0.4}) {
          AverageLinkClustering cl = new AverageLinkClustering(n);
          for (int k = 0; k < pairs.size(); k++) cl.edge(pairs.get(k)[0], pairs.get(k)[1], p[k]);
          int[] st0 = cl.cluster(ts);
          double[][] mwl = {{0.5, 0.5, 0}, {0, 0, 1}, {0.5, 0, 0.5}, {0.25, 0.25, 0.5}};
          for (double tm = 0.45; tm <= 1.001; tm += 0.025) {
            for (int mw = 0; mw < (tm >= 1 ? 1 : mwl.length); mw++) {
              double[] mws = mwl[mw];
              int[] st = tm >= 1 ? st0 : KindExperiment.merge(profiles, kp, pairs, st0, tm, mws);
              int[] e = StoryDetector.clusterEvents(st, pairs, ev, lex);
              e = StoryDetector.attachSmallEvents(profiles, st, e, StoryDetector.SMALL_EVENT, lex.attachThreshold());
              HybridExperiment.report(String.format("%s fit=%d ts=%.2f merge=%.2f mw=%d", variant, fitHalf, ts, tm, mw), dev, profiles, e, st);
            }
          }
        }
      }
    }
  }

  static double[] select(double[] x, String variant) {
    double[] out = x.clone();
    switch (variant) {
      case "emb" -> { return Arrays.copyOf(out, 10); }
      case "kind" -> { out[3] = out[10]; return Arrays.copyOf(out, 10); }
      default -> { return out; }
    }
  }
}
