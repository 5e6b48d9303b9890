package io.parallax.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the storyline and event {@link StoryModel}s on ECB+ dev and searches the two global clustering
 * thresholds. Run: {@code ./mvnw -q -o test-compile exec:java}… or directly with java -cp (see docs/story.md).
 * Argument: {@code emb} or {@code lex}.
 */
public final class StoryCalibration {

  public static void main(String[] args) throws Exception {
    boolean emb = args.length > 0 && args[0].equals("emb");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig base = emb ? StoryConfig.withEmbeddings() : StoryConfig.withoutEmbeddings();
    long t0 = System.nanoTime();
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, emb);
    System.out.printf("features: %.1fs%n", (System.nanoTime() - t0) / 1e9);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, Integer.getInteger("k", base.neighbours()));
    List<PairEvidence> evidence = pairs.stream().map(p -> evidenceOf(profiles, p)).toList();
    List<double[]> xStory = new ArrayList<>();
    List<Integer> yStory = new ArrayList<>();
    List<double[]> xEvent = new ArrayList<>();
    List<Integer> yEvent = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      String a = profiles.get(pairs.get(k)[0]).id();
      String b = profiles.get(pairs.get(k)[1]).id();
      boolean sameStory = dev.goldStoryline.get(a).equals(dev.goldStoryline.get(b));
      xStory.add(evidence.get(k).toArray());
      yStory.add(sameStory ? 1 : 0);
      if (sameStory) {
        xEvent.add(evidence.get(k).toArray());
        yEvent.add(dev.goldEvent.get(a).equals(dev.goldEvent.get(b)) ? 1 : 0);
      }
    }
    System.out.printf("pairs=%d same-storyline=%d same-event=%d%n", pairs.size(), xEvent.size(),
        yEvent.stream().mapToInt(i -> i).sum());
    StoryModel story = fit(xStory, yStory, emb, false);
    StoryModel event = fit(xEvent, yEvent, emb, true);
    System.out.println("storyline " + story);
    System.out.println("event     " + event);
    double best = 0;
    double[] grid = {0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7};
    for (double ts : grid) {
      StoryConfig c0 = new StoryConfig(story, event, ts, 0.5, base.storylineMergeThreshold(), base.attachThreshold(), base.neighbours(), emb);
      int[] st = StoryDetector.clusterStorylines(profiles.size(), pairs, evidence, c0);
      for (double te : grid) {
        StoryConfig c = new StoryConfig(story, event, ts, te, base.storylineMergeThreshold(), base.attachThreshold(), base.neighbours(), emb);
        int[] ev = StoryDetector.clusterEvents(st, pairs, evidence, c);
        Map<String, String> pe = new HashMap<>();
        Map<String, String> ps = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
          pe.put(profiles.get(i).id(), "e" + ev[i]);
          ps.put(profiles.get(i).id(), "s" + st[i]);
        }
        double[] fe = EcbPlusDev.b3(dev.goldEvent, pe);
        double[] fs = EcbPlusDev.b3(dev.goldStoryline, ps);
        if (fe[2] + fs[2] > best - 0.01) {
          best = Math.max(best, fe[2] + fs[2]);
          System.out.printf("ts=%.2f te=%.2f event P=%.3f R=%.3f F1=%.3f | storyline P=%.3f R=%.3f F1=%.3f%n",
              ts, te, fe[0], fe[1], fe[2], fs[0], fs[1], fs[2]);
        }
      }
    }
  }

  static PairEvidence evidenceOf(List<ArticleProfile> profiles, int[] p) {
    return PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]));
  }

  /** Placeholder embedder for runs on precomputed features. */
  static final class NoEmbedder implements io.parallax.nlp.TextEmbedder {
    @Override public List<float[]> embed(List<String> texts) { throw new UnsupportedOperationException(); }
    @Override public int dimension() { return 384; }
  }

  /** L2-regularised logistic regression by gradient descent; features without embeddings get weight 0. */
  static StoryModel fit(List<double[]> x, List<Integer> y, boolean emb, boolean priors) {
    int d = PairEvidence.SIZE;
    double[] w = new double[d + 1];
    double lr = 1.0;
    double l2 = 1e-4;
    int n = x.size();
    for (int it = 0; it < 3000; it++) {
      double[] g = new double[d + 1];
      for (int i = 0; i < n; i++) {
        double[] xi = x.get(i);
        double z = w[d];
        for (int j = 0; j < d; j++) z += w[j] * xi[j];
        double err = 1 / (1 + Math.exp(-z)) - y.get(i);
        for (int j = 0; j < d; j++) g[j] += err * xi[j];
        g[d] += err;
      }
      for (int j = 0; j < d; j++) w[j] -= lr * (g[j] / n + l2 * w[j]);
      w[d] -= lr * g[d] / n;
      if (!emb) w[3] = 0;
      // prior knowledge the dev set cannot teach (it has no publication dates): reports of one
      // happening appear within days of each other, so a gap of weeks counts against an event
      if (priors) {
        w[6] = Math.min(w[6], -4);
        w[7] = Math.min(w[7], 0);
      }
    }
    double[] ws = Arrays.copyOf(w, d);
    for (int j = 0; j < d; j++) ws[j] = Math.round(ws[j] * 1000) / 1000.0;
    return new StoryModel(Math.round(w[d] * 1000) / 1000.0, ws);
  }
}
