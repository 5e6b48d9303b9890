package io.parallax.story;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The storyline step's candidate search: an inverted index from each article's {@value #KEYS} strongest
 * content and name keys ({@link StoryDetector#strongest}) to the articles that hold them, and each
 * article's nearest neighbours by the weight they share. Built once over a collection; serialisable so
 * that a cluster can ship it to its workers and search in parallel, with the same result.
 */
public final class KeyNeighbours implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Keys per article. */
  public static final int KEYS = 40;

  /** Keys shared by more articles are too common to tell anything apart and are not followed. */
  static final int MAX_POSTING = 2000;

  /** key -> article, weight x 1e6, article, weight x 1e6, … in article order. */
  private final Map<String, int[]> postings;

  private KeyNeighbours(Map<String, int[]> postings) {
    this.postings = postings;
  }

  /** An article's {@value #KEYS} strongest keys and their weights, heaviest first. */
  public static Map<String, Float> keys(ArticleProfile p) {
    return StoryDetector.strongest(p, KEYS);
  }

  /** The index over {@code keys}, the keys of article {@code i} at position {@code i}. */
  public static KeyNeighbours of(List<Map<String, Float>> keys) {
    Map<String, int[]> sizes = new HashMap<>();
    for (Map<String, Float> k : keys) {
      for (String key : k.keySet()) sizes.computeIfAbsent(key, x -> new int[1])[0] += 2;
    }
    Map<String, int[]> postings = new HashMap<>(sizes.size() * 2);
    Map<String, int[]> filled = new HashMap<>(sizes.size() * 2);
    sizes.forEach((key, size) -> {
      postings.put(key, new int[size[0]]);
      filled.put(key, new int[1]);
    });
    for (int i = 0; i < keys.size(); i++) {
      for (var e : keys.get(i).entrySet()) {
        int[] post = postings.get(e.getKey());
        int[] at = filled.get(e.getKey());
        post[at[0]++] = i;
        post[at[0]++] = weight(e.getValue());
      }
    }
    return new KeyNeighbours(postings);
  }

  /**
   * The index from postings built elsewhere (e.g. grouped by key on a cluster): per key, the articles
   * holding it and their {@link #weight}s, as {@code article, weight, article, weight, …}.
   */
  public static KeyNeighbours ofPostings(Map<String, int[]> postings) {
    return new KeyNeighbours(new HashMap<>(postings));
  }

  /** A key weight as the index stores it (millionths). */
  public static int weight(float w) {
    return Math.round(w * 1e6f);
  }

  /**
   * The {@code k} articles that share the most key weight with article {@code i} (whose keys are
   * {@code keys}), most first, ties to the lower index.
   */
  public int[] nearest(int i, Map<String, Float> keys, int k) {
    Map<Integer, Double> acc = new HashMap<>();
    for (var e : keys.entrySet()) {
      int[] post = postings.get(e.getKey());
      if (post == null || post.length / 2 > MAX_POSTING) continue;
      for (int d = 0; d < post.length; d += 2) {
        if (post[d] != i) acc.merge(post[d], e.getValue() * post[d + 1] / 1e6, Double::sum);
      }
    }
    return acc.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .mapToInt(Map.Entry::getKey)
        .toArray();
  }
}
