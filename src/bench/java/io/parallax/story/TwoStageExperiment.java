package io.parallax.story;

import java.util.*;

/** Experiment: events first, then storylines from event-centroid similarity. Argument: lex or emb. */
public final class TwoStageExperiment {
  public static void main(String[] args) throws Exception {
    boolean emb = args.length > 0 && args[0].equals("emb");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig cfg = emb ? StoryConfig.withEmbeddings() : StoryConfig.withoutEmbeddings();
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, emb);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, cfg.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int n = profiles.size();
    if (System.getProperty("debug") != null) DEBUG = dev.goldEvent;
    String mode = args.length > 1 ? args[1] : "A";
    double[] teGrid = mode.equals("A") ? new double[] {cfg.eventThreshold()} : new double[] {0.3, 0.4, 0.5, 0.6};
    for (double te : teGrid) {
      int[] event;
      if (mode.equals("A")) {
        int[] st = StoryDetector.clusterStorylines(n, pairs, ev, cfg);
        event = StoryDetector.clusterEvents(st, pairs, ev, cfg);
        if (System.getProperty("attach") != null) {
          String[] a = System.getProperty("attach").split(",");
          event = attach(profiles, st, event, Integer.parseInt(a[0]), Double.parseDouble(a[1]), Double.parseDouble(a[2]));
        }
      } else {
        AverageLinkClustering c = new AverageLinkClustering(n);
        for (int k = 0; k < pairs.size(); k++) c.edge(pairs.get(k)[0], pairs.get(k)[1], cfg.storylineProbability(ev.get(k)) * cfg.eventProbability(ev.get(k)));
        event = c.cluster(te);
      }
      // event centroids
      Map<Integer, List<ArticleProfile>> members = new TreeMap<>();
      for (int i = 0; i < n; i++) members.computeIfAbsent(event[i], x -> new ArrayList<>()).add(profiles.get(i));
      List<Integer> roots = new ArrayList<>(members.keySet());
      Map<Integer, Integer> idx = new HashMap<>();
      for (int r : roots) idx.put(r, idx.size());
      List<ArticleProfile> cents = roots.stream().map(r -> ArticleProfile.centroid("c" + r, members.get(r))).toList();
      Set<Long> epairs = new TreeSet<>();
      for (int[] p : pairs) {
        int a = idx.get(event[p[0]]), b = idx.get(event[p[1]]);
        if (a != b) epairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
      }
      List<int[]> ep = new ArrayList<>();
      List<double[]> sims = new ArrayList<>();
      for (long l : epairs) {
        int a = (int) (l >>> 32), b = (int) l;
        ep.add(new int[] {a, b});
        ArticleProfile x = cents.get(a), y = cents.get(b);
        double e = 0;
        if (x.features().hasEmbedding()) { for (int i = 0; i < x.features().embedding().length; i++) e += x.features().embedding()[i] * y.features().embedding()[i]; }
        sims.add(new double[] {x.terms().dot(y.terms()), x.subject().dot(y.subject()), x.names().dot(y.names()), e});
      }
      Map<String, String> pe = new HashMap<>();
      for (int i = 0; i < n; i++) pe.put(profiles.get(i).id(), "e" + event[i]);
      double[][] combos = System.getProperty("quick") != null ? new double[][] {{1, 0, 0, 0}, {0.5, 0, 0.5, 0}} : emb ? new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}, {0.5, 0, 0, 0.5}, {0, 0.5, 0, 0.5}, {0.3, 0.3, 0, 0.4}, {0.5, 0, 0.2, 0.3}}
          : new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0.5, 0.5, 0, 0}, {0.5, 0, 0.5, 0}, {0.4, 0.4, 0.2, 0}};
      for (double[] w : combos) {
        for (double ts = 0.05; ts < (System.getProperty("quick") != null ? 0.21 : 0.61); ts += 0.025) {
          AverageLinkClustering c = new AverageLinkClustering(roots.size());
          for (int k = 0; k < ep.size(); k++) {
            double[] s = sims.get(k);
            c.edge(ep.get(k)[0], ep.get(k)[1], w[0] * s[0] + w[1] * s[1] + w[2] * s[2] + w[3] * s[3]);
          }
          int[] sl = c.cluster(ts);
          Map<String, String> ps = new HashMap<>();
          for (int i = 0; i < n; i++) ps.put(profiles.get(i).id(), "s" + sl[idx.get(event[i])]);
          double[][] r = new double[3][];
          String out = "";
          for (int half = 0; half < 3; half++) {
            final int h = half;
            Map<String, String> ge = new HashMap<>(), gs = new HashMap<>();
            for (var g : dev.goldStoryline.entrySet()) {
              int t = Integer.parseInt(g.getValue());
              if (h == 2 || t % 2 == h) { gs.put(g.getKey(), g.getValue()); ge.put(g.getKey(), dev.goldEvent.get(g.getKey())); }
            }
            double fe = EcbPlusDev.b3(ge, pe)[2], fs = EcbPlusDev.b3(gs, ps)[2];
            out += String.format(" h%d ev=%.3f st=%.3f", h, fe, fs);
          }
          System.out.printf("mode=%s te=%.2f w=%s ts=%.2f%s%n", mode, te, Arrays.toString(w), ts, out);
        }
      }
    }
  }

  /** Small events join the most similar larger event of their storyline when the centroid similarity is high enough. */
  static Map<String, String> DEBUG;
  static int[] attach(List<ArticleProfile> profiles, int[] st, int[] event, int maxSize, double wNames, double t) {
    int n = profiles.size();
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) members.computeIfAbsent(event[i], x -> new ArrayList<>()).add(i);
    Map<Integer, ArticleProfile> cent = new HashMap<>();
    for (var e : members.entrySet()) cent.put(e.getKey(), ArticleProfile.centroid("c", e.getValue().stream().map(profiles::get).toList()));
    int[] out = event.clone();
    for (var e : members.entrySet()) {
      if (e.getValue().size() > maxSize) continue;
      int s = st[e.getValue().get(0)];
      double best = -1; int bestEv = -1;
      for (var o : members.entrySet()) {
        if (o.getValue().size() <= e.getValue().size() || st[o.getValue().get(0)] != s) continue;
        ArticleProfile x = cent.get(e.getKey()), y = cent.get(o.getKey());
        double sim = (1 - wNames) * x.terms().dot(y.terms()) + wNames * x.names().dot(y.names());
        if (sim > best) { best = sim; bestEv = o.getKey(); }
      }
      if (bestEv >= 0 && DEBUG != null) System.out.printf("attach size=%d sim=%.3f right=%s%n", e.getValue().size(), best,
          DEBUG.get(profiles.get(e.getValue().get(0)).id()).equals(DEBUG.get(profiles.get(members.get(bestEv).get(0)).id())));
      if (bestEv >= 0 && best >= t) for (int i : e.getValue()) out[i] = bestEv;
    }
    return out;
  }
}
