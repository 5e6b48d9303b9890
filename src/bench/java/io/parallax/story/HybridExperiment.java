package io.parallax.story;

import java.util.*;

/**
 * Experiment: events from the lexical path, storylines linked with embedding evidence. Prints event and
 * storyline B3 F1 on all of ECB+ dev and on each half (h0 = even topics, h1 = odd topics).
 */
public final class HybridExperiment {
  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    StoryConfig emb = StoryConfig.withEmbeddings();
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    int n = profiles.size();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, lex.neighbours());
    List<PairEvidence> evEmb = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int[] stLex = StoryDetector.clusterStorylines(n, pairs, evEmb, lex); // lexical model has weight 0 on embedding
    int[] evLex = StoryDetector.clusterEvents(stLex, pairs, evEmb, lex);
    evLex = StoryDetector.attachSmallEvents(profiles, stLex, evLex, StoryDetector.SMALL_EVENT, lex.attachThreshold());
    report("lexical", dev, profiles, evLex, stLex);
    if (args.length > 0 && args[0].equals("short")) {
      int[] stEmb = StoryDetector.clusterStorylines(n, pairs, evEmb, emb);
      stEmb = StoryDetector.mergeStorylines(profiles, pairs, stEmb, emb.storylineMergeThreshold());
      int[] evB = StoryDetector.clusterEvents(stEmb, pairs, evEmb, lex);
      evB = StoryDetector.attachSmallEvents(profiles, stEmb, evB, StoryDetector.SMALL_EVENT, lex.attachThreshold());
      report("default (embedding storylines, lexical events)", dev, profiles, evB, stEmb);
      Stories s = StoryDetector.standard().detectFeatures(features);
      int[] se = new int[n], ss = new int[n];
      for (int i = 0; i < n; i++) {
        se[i] = s.assignments().get(i).eventId().hashCode();
        ss[i] = s.assignments().get(i).storylineId().hashCode();
      }
      report("StoryDetector.standard()", dev, profiles, se, ss);
      return;
    }
    // A: merge lexical storylines with the embedding centroid
    for (double w = 0; w <= 1.001; w += 0.25) {
      for (double t = 0.35; t <= 0.701; t += 0.025) {
        int[] st = merge(profiles, pairs, stLex, t, w);
        report(String.format("A w_subj=%.2f t=%.3f", w, t), dev, profiles, evLex, st);
      }
    }
    // B: embedding storylines, lexical events inside them
    int[] stEmb = StoryDetector.clusterStorylines(n, pairs, evEmb, emb);
    stEmb = StoryDetector.mergeStorylines(profiles, pairs, stEmb, emb.storylineMergeThreshold());
    int[] evB = StoryDetector.clusterEvents(stEmb, pairs, evEmb, lex);
    evB = StoryDetector.attachSmallEvents(profiles, stEmb, evB, StoryDetector.SMALL_EVENT, lex.attachThreshold());
    report("B emb storylines, lex events", dev, profiles, evB, stEmb);
    // C: lexical events inside lexical storylines, storylines = emb storylines joined with any that share an event
    int[] evEmbPath = StoryDetector.clusterEvents(stEmb, pairs, evEmb, emb);
    evEmbPath = StoryDetector.attachSmallEvents(profiles, stEmb, evEmbPath, StoryDetector.SMALL_EVENT, emb.attachThreshold());
    report("emb path", dev, profiles, evEmbPath, stEmb);
  }

  static int[] merge(List<ArticleProfile> profiles, List<int[]> pairs, int[] storyline, double threshold, double wSubj) {
    Map<Integer, List<ArticleProfile>> members = new TreeMap<>();
    for (int i = 0; i < storyline.length; i++) members.computeIfAbsent(storyline[i], x -> new ArrayList<>()).add(profiles.get(i));
    List<Integer> roots = new ArrayList<>(members.keySet());
    Map<Integer, Integer> index = new HashMap<>();
    for (int r : roots) index.put(r, index.size());
    List<ArticleProfile> c = roots.stream().map(r -> ArticleProfile.centroid("s" + r, members.get(r))).toList();
    TreeSet<Long> linked = new TreeSet<>();
    for (int[] p : pairs) {
      int a = index.get(storyline[p[0]]), b = index.get(storyline[p[1]]);
      if (a != b) linked.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
    }
    AverageLinkClustering cl = new AverageLinkClustering(roots.size());
    for (long l : linked) {
      ArticleProfile x = c.get((int) (l >>> 32)), y = c.get((int) l);
      double e = 0;
      for (int i = 0; i < x.features().embedding().length; i++) e += x.features().embedding()[i] * y.features().embedding()[i];
      cl.edge((int) (l >>> 32), (int) l, wSubj * x.subject().dot(y.subject()) + (1 - wSubj) * e);
    }
    int[] m = cl.cluster(threshold);
    int[] out = new int[storyline.length];
    for (int i = 0; i < out.length; i++) out[i] = roots.get(m[index.get(storyline[i])]);
    return out;
  }

  static void report(String label, EcbPlusDev dev, List<ArticleProfile> profiles, int[] event, int[] story) {
    Map<String, String> pe = new HashMap<>(), ps = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) { pe.put(profiles.get(i).id(), "e" + event[i]); ps.put(profiles.get(i).id(), "s" + story[i]); }
    StringBuilder out = new StringBuilder(label);
    for (int h = 2; h >= 0; h--) {
      Map<String, String> ge = new HashMap<>(), gs = new HashMap<>();
      for (var g : dev.goldStoryline.entrySet()) {
        if (h == 2 || Integer.parseInt(g.getValue()) % 2 == h) { gs.put(g.getKey(), g.getValue()); ge.put(g.getKey(), dev.goldEvent.get(g.getKey())); }
      }
      double[] e = EcbPlusDev.b3(ge, pe), s = EcbPlusDev.b3(gs, ps);
      out.append(String.format("  %s ev=%.3f/%.3f/%.3f st=%.3f/%.3f/%.3f", h == 2 ? "all" : "h" + h, e[0], e[1], e[2], s[0], s[1], s[2]));
    }
    System.out.println(out);
  }
}
