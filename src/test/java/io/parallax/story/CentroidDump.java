package io.parallax.story;

import java.util.*;

/** Diagnostic: similarities between gold-event centroids on ECB+ dev (same topic vs nearest other topic). */
public final class CentroidDump {
  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    Map<String, List<ArticleProfile>> byEvent = new TreeMap<>();
    for (ArticleFeatures f : features) byEvent.computeIfAbsent(dev.goldEvent.get(f.id()), x -> new ArrayList<>()).add(ArticleProfile.of(f, stats));
    Map<String, ArticleProfile> c = new TreeMap<>();
    for (var e : byEvent.entrySet()) c.put(e.getKey(), ArticleProfile.centroid(e.getKey(), e.getValue()));
    List<String> ids = new ArrayList<>(c.keySet());
    for (String a : ids) {
      if (!a.endsWith("_ecb")) continue;
      String t = a.split("_")[0];
      StringBuilder sb = new StringBuilder(a + " same=" + fmt(c.get(a), c.get(t + "_ecbplus")));
      // best other-topic by terms
      String best = null; double bv = -1;
      for (String b : ids) { if (b.split("_")[0].equals(t)) continue; double v = c.get(a).terms().dot(c.get(b).terms()); if (v > bv) { bv = v; best = b; } }
      sb.append("  other(" + best + ")=" + fmt(c.get(a), c.get(best)));
      System.out.println(sb);
    }
  }
  static String fmt(ArticleProfile x, ArticleProfile y) {
    double e = 0; for (int i = 0; i < x.features().embedding().length; i++) e += x.features().embedding()[i] * y.features().embedding()[i];
    return String.format("[t=%.2f s=%.2f n=%.2f e=%.2f]", x.terms().dot(y.terms()), x.subject().dot(y.subject()), x.names().dot(y.names()), e);
  }
}
