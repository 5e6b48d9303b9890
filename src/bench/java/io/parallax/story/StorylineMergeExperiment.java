package io.parallax.story;

import io.parallax.clean.CleanArticle;
import java.util.*;

/** Experiment: merge first-pass storylines by centroid similarity (merge only). Argument: lex or emb. */
public final class StorylineMergeExperiment {
  public static void main(String[] args) throws Exception {
    boolean emb = args.length > 0 && args[0].equals("emb");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig cfg0 = emb ? StoryConfig.withEmbeddings() : StoryConfig.withoutEmbeddings();
    double ts1 = Double.parseDouble(System.getProperty("ts1", String.valueOf(cfg0.storylineThreshold())));
    StoryConfig cfg = new StoryConfig(cfg0.storyline(), cfg0.event(), ts1, cfg0.eventThreshold(), cfg0.storylineMergeThreshold(),
        cfg0.attachThreshold(), cfg0.neighbours(), cfg0.useEmbeddings());
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, emb);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, cfg.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int n = profiles.size();
    // lead-only features: title + lead sentences
    List<ArticleFeatures> leadF = dev.articles.stream().map(a -> new FeatureExtractor().extract(CleanArticle.whole(a.article().toBuilder().text(FeatureExtractor.embeddingText(a)).title(null).build()))).toList();
    CountingTermStatistics leadStats = new CountingTermStatistics(leadF);
    List<ArticleProfile> lead = leadF.stream().map(f -> ArticleProfile.of(f, leadStats)).toList();
    int[] st = StoryDetector.clusterStorylines(n, pairs, ev, cfg);
    Map<Integer, List<ArticleProfile>> members = new TreeMap<>();
    Map<Integer, List<ArticleProfile>> leadMembers = new TreeMap<>();
    for (int i = 0; i < n; i++) members.computeIfAbsent(st[i], x -> new ArrayList<>()).add(profiles.get(i));
    for (int i = 0; i < n; i++) leadMembers.computeIfAbsent(st[i], x -> new ArrayList<>()).add(lead.get(i));
    List<Integer> roots = new ArrayList<>(members.keySet());
    Map<Integer, Integer> idx = new HashMap<>();
    for (int r : roots) idx.put(r, idx.size());
    List<ArticleProfile> cents = roots.stream().map(r -> ArticleProfile.centroid("c" + r, members.get(r))).toList();
    List<ArticleProfile> leadCents = roots.stream().map(r -> ArticleProfile.centroid("l" + r, leadMembers.get(r))).toList();
    int m = roots.size();
    double[][][] sims = new double[m][m][];
    for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) {
      ArticleProfile x = cents.get(a), y = cents.get(b);
      double e = 0;
      if (x.features().hasEmbedding()) for (int i = 0; i < x.features().embedding().length; i++) e += x.features().embedding()[i] * y.features().embedding()[i];
      sims[a][b] = new double[] {leadCents.get(a).terms().dot(leadCents.get(b).terms()), leadCents.get(a).subject().dot(leadCents.get(b).subject()), x.subject().dot(y.subject()), e};
    }
    double[][] combos = emb ? new double[][] {{0, 1, 0, 0}, {0, 0, 0, 1}, {0, 0.5, 0, 0.5}, {0.3, 0.3, 0, 0.4}, {0, 0.3, 0, 0.7}}
        : new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0.5, 0.5, 0}, {0.5, 0, 0.5, 0}};
    for (double[] w : combos) {
      for (double ts = 0.2; ts < 0.81; ts += 0.025) {
        AverageLinkClustering c = new AverageLinkClustering(m);
        for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) {
          double[] s = sims[a][b];
          c.edge(a, b, w[0] * s[0] + w[1] * s[1] + w[2] * s[2] + w[3] * s[3]);
        }
        int[] sl = c.cluster(ts);
        Map<String, String> ps = new HashMap<>();
        for (int i = 0; i < n; i++) ps.put(profiles.get(i).id(), "s" + sl[idx.get(st[i])]);
        String out = "";
        for (int h = 0; h < 3; h++) {
          Map<String, String> gs = new HashMap<>();
          for (var g : dev.goldStoryline.entrySet()) if (h == 2 || Integer.parseInt(g.getValue()) % 2 == h) gs.put(g.getKey(), g.getValue());
          out += String.format(" h%d st=%.3f", h, EcbPlusDev.b3(gs, ps)[2]);
        }
        System.out.printf("w=%s ts=%.3f%s%n", Arrays.toString(w), ts, out);
      }
    }
  }
}
