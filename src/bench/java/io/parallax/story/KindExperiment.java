package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;

/** Experiment: an embedding of the lead with names masked ("what kind of happening") as storyline evidence. */
public final class KindExperiment {
  static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*");

  static String mask(CleanArticle a, ArticleFeatures f) {
    String text = FeatureExtractor.embeddingText(a);
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").replaceAll("['’-]+$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && f.names().containsKey(w.toLowerCase(Locale.ROOT))) {
        out.append(text, last, m.start());
        last = m.end();
      }
    }
    out.append(text.substring(last));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  static Map<String, float[]> masked(List<CleanArticle> articles, List<ArticleFeatures> features) throws IOException {
    Path cache = Path.of("target", "story-cache", "ecbplus-minilm-masked.bin");
    Map<String, float[]> vectors = new HashMap<>();
    if (Files.exists(cache)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String id = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
          vectors.put(id, v);
        }
      }
      return vectors;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) texts.add(mask(articles.get(i), features.get(i)));
    for (int i = 0; i < 5; i++) System.err.println("MASKED " + texts.get(i * 150));
    List<float[]> vs = MiniLm.events().embed(texts);
    Files.createDirectories(cache.getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
      out.writeInt(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        vectors.put(articles.get(i).id(), vs.get(i));
        out.writeUTF(articles.get(i).id());
        out.writeInt(vs.get(i).length);
        for (float x : vs.get(i)) out.writeFloat(x);
      }
    }
    return vectors;
  }

  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    StoryConfig emb = StoryConfig.withEmbeddings();
    List<ArticleFeatures> features = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    Map<String, float[]> kind = masked(dev.articles, features);
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    List<ArticleProfile> kindProfiles = features.stream().map(f -> ArticleProfile.of(f.withEmbedding(kind.get(f.id())), stats)).toList();
    int n = profiles.size();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, lex.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int[] stLex = StoryDetector.clusterStorylines(n, pairs, ev, lex);
    int[] evLex = StoryDetector.clusterEvents(stLex, pairs, ev, lex);
    evLex = StoryDetector.attachSmallEvents(profiles, stLex, evLex, StoryDetector.SMALL_EVENT, lex.attachThreshold());
    for (double ts1 : new double[] {0.10, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5}) {
    StoryConfig emb1 = new StoryConfig(emb.storyline(), emb.event(), ts1, emb.eventThreshold(), emb.storylineMergeThreshold(), emb.attachThreshold(), emb.neighbours(), true);
    int[] stEmb = StoryDetector.clusterStorylines(n, pairs, ev, emb1);
    // B with the merge on: subject, embedding, masked embedding
    double[][] ws = {{0.5, 0.5, 0}, {0.34, 0.33, 0.33}};
    for (double[] w : ws) {
      for (double t = 0.35; t <= 0.701; t += 0.025) {
        int[] st = merge(profiles, kindProfiles, pairs, stEmb, t, w);
        int[] evB = StoryDetector.clusterEvents(st, pairs, ev, lex);
        evB = StoryDetector.attachSmallEvents(profiles, st, evB, StoryDetector.SMALL_EVENT, lex.attachThreshold());
        HybridExperiment.report(String.format("B ts1=%.2f w=%s t=%.3f", ts1, Arrays.toString(w), t), dev, profiles, evB, st);
        // A: on lexical storylines
      }
    }
    }
  }

  static int[] merge(List<ArticleProfile> profiles, List<ArticleProfile> kindProfiles, List<int[]> pairs, int[] storyline, double threshold, double[] w) {
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < storyline.length; i++) members.computeIfAbsent(storyline[i], x -> new ArrayList<>()).add(i);
    List<Integer> roots = new ArrayList<>(members.keySet());
    Map<Integer, Integer> index = new HashMap<>();
    for (int r : roots) index.put(r, index.size());
    List<ArticleProfile> c = roots.stream().map(r -> ArticleProfile.centroid("s" + r, members.get(r).stream().map(profiles::get).toList())).toList();
    List<ArticleProfile> k = roots.stream().map(r -> ArticleProfile.centroid("k" + r, members.get(r).stream().map(kindProfiles::get).toList())).toList();
    TreeSet<Long> linked = new TreeSet<>();
    for (int[] p : pairs) {
      int a = index.get(storyline[p[0]]), b = index.get(storyline[p[1]]);
      if (a != b) linked.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
    }
    AverageLinkClustering cl = new AverageLinkClustering(roots.size());
    for (long l : linked) {
      int a = (int) (l >>> 32), b = (int) l;
      cl.edge(a, b, w[0] * c.get(a).subject().dot(c.get(b).subject()) + w[1] * dot(c.get(a), c.get(b)) + w[2] * dot(k.get(a), k.get(b)));
    }
    int[] m = cl.cluster(threshold);
    int[] out = new int[storyline.length];
    for (int i = 0; i < out.length; i++) out[i] = roots.get(m[index.get(storyline[i])]);
    return out;
  }

  static double dot(ArticleProfile x, ArticleProfile y) {
    double e = 0;
    for (int i = 0; i < x.features().embedding().length; i++) e += x.features().embedding()[i] * y.features().embedding()[i];
    return e;
  }
}
