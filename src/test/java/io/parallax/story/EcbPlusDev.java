package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
import io.parallax.pipeline.Pipeline;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ECB+ development set (../shared/data/ecbplus-dev): articles, gold clusters and B-cubed scoring. */
final class EcbPlusDev {

  /** ../shared/data beside the repository (CI), or two levels up for a git worktree under wt/. */
  static final Path DIR = java.util.stream.Stream.of(Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data"))
      .filter(Files::isDirectory).findFirst().orElse(Path.of("..", "shared", "data")).resolve("ecbplus-dev");

  final List<CleanArticle> articles;
  final Map<String, String> goldEvent = new LinkedHashMap<>();
  final Map<String, String> goldStoryline = new LinkedHashMap<>();

  EcbPlusDev(Path dir) throws IOException {
    articles = Pipeline.readCleaned(List.of(dir.resolve("articles.jsonl")));
    List<String> lines = Files.readAllLines(dir.resolve("gold.tsv"));
    for (String l : lines.subList(1, lines.size())) {
      if (l.isBlank()) continue;
      String[] f = l.split("\t");
      goldStoryline.put(f[0], f[1]);
      goldEvent.put(f[0], f[2]);
    }
  }

  static boolean available() {
    return Files.isRegularFile(DIR.resolve("articles.jsonl"));
  }

  /** B-cubed F1 of predicted clusters (article id -> cluster) against gold. */
  static double[] b3(Map<String, String> gold, Map<String, String> pred) {
    double prec = 0;
    double rec = 0;
    for (double[] item : b3Items(gold, pred).values()) {
      prec += item[0];
      rec += item[1];
    }
    prec /= gold.size();
    rec /= gold.size();
    return new double[] {prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec)};
  }

  /** Per gold article, its B-cubed precision and recall in the predicted clustering (missing ids alone). */
  static Map<String, double[]> b3Items(Map<String, String> gold, Map<String, String> pred) {
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    for (var e : gold.entrySet()) {
      String p = pred.getOrDefault(e.getKey(), "__missing__" + e.getKey());
      goldSize.merge(e.getValue(), 1, Integer::sum);
      predSize.merge(p, 1, Integer::sum);
      overlap.computeIfAbsent(e.getValue(), x -> new HashMap<>()).merge(p, 1, Integer::sum);
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (var e : gold.entrySet()) {
      String p = pred.getOrDefault(e.getKey(), "__missing__" + e.getKey());
      int both = overlap.get(e.getValue()).get(p);
      out.put(e.getKey(), new double[] {(double) both / predSize.get(p), (double) both / goldSize.get(e.getValue())});
    }
    return out;
  }

  /** Features with MiniLM embeddings, cached under target/ so repeated calibration runs skip the model. */
  static List<ArticleFeatures> cachedFeatures(StoryDetector lexical, List<CleanArticle> articles, boolean embed) {
    List<ArticleFeatures> plain = lexical.features(articles);
    if (!embed) return plain;
    Path cache = Path.of("target", "story-cache", "ecbplus-minilm.bin");
    Map<String, float[]> vectors = new HashMap<>();
    try {
      if (Files.exists(cache)) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
          int n = in.readInt();
          for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
            vectors.put(id, v);
          }
        }
      }
      if (!articles.stream().allMatch(a -> vectors.containsKey(a.id()))) {
        List<float[]> vs = MiniLm.events().embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
          out.writeInt(articles.size());
          for (int i = 0; i < articles.size(); i++) {
            vectors.put(articles.get(i).id(), vs.get(i));
            out.writeUTF(articles.get(i).id());
            out.writeInt(vs.get(i).length);
            for (float x : vs.get(i)) out.writeFloat(x);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return plain.stream().map(f -> f.withEmbedding(vectors.get(f.id()))).toList();
  }

  static Optional<EcbPlusDev> load() throws IOException {
    return available() ? Optional.of(new EcbPlusDev(DIR)) : Optional.empty();
  }
}
