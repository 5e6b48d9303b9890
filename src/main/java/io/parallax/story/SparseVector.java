package io.parallax.story;

import java.util.Arrays;
import java.util.Map;

/** A unit-length TF-IDF vector: keys sorted, weights aligned; dot products by merging. */
public record SparseVector(String[] keys, float[] weights) {

  public static final SparseVector EMPTY = new SparseVector(new String[0], new float[0]);

  /** Log-scaled term frequency times IDF, normalised to unit length. */
  public static SparseVector tfidf(Map<String, Integer> counts, TermStatistics.Field field, TermStatistics stats) {
    String[] keys = counts.keySet().toArray(String[]::new);
    Arrays.sort(keys);
    double[] logTf = new double[keys.length];
    for (int i = 0; i < keys.length; i++) logTf[i] = logTf(counts.get(keys[i]));
    return weighted(keys, logTf, field, stats);
  }

  /** The log-scaled term frequency of a count: {@code 1 + ln(count)}. */
  static double logTf(int count) {
    return 1 + Math.log(count);
  }

  /**
   * {@code logTf[i]} times the IDF of {@code keys[i]}, normalised to unit length; {@code keys} sorted and
   * kept (not copied).
   */
  static SparseVector weighted(String[] keys, double[] logTf, TermStatistics.Field field, TermStatistics stats) {
    float[] w = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      double x = logTf[i] * stats.idf(field, keys[i]);
      w[i] = (float) x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < w.length; i++) w[i] /= (float) norm;
    }
    return new SparseVector(keys, w);
  }

  /** The normalised sum of {@code vectors}: the direction they share. */
  public static SparseVector centroid(java.util.List<SparseVector> vectors) {
    java.util.TreeMap<String, Double> sum = new java.util.TreeMap<>();
    for (SparseVector v : vectors) {
      for (int i = 0; i < v.keys.length; i++) sum.merge(v.keys[i], (double) v.weights[i], Double::sum);
    }
    String[] keys = sum.keySet().toArray(String[]::new);
    float[] w = new float[keys.length];
    double norm = 0;
    int i = 0;
    for (double x : sum.values()) {
      w[i++] = (float) x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int k = 0; k < w.length; k++) w[k] /= (float) norm;
    }
    return new SparseVector(keys, w);
  }

  public double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length && j < o.keys.length) {
      int c = compareKeys(keys[i], o.keys[j]);
      if (c == 0) s += weights[i++] * o.weights[j++];
      else if (c < 0) i++;
      else j++;
    }
    return s;
  }

  /**
   * The order of keys within a vector (that of {@link String#compareTo}) in the sign of the result, for
   * merging two key lists: keys differing in their first character (most steps of a merge) are ordered
   * by it alone.
   */
  static int compareKeys(String x, String y) {
    int c = x.isEmpty() || y.isEmpty() ? x.compareTo(y) : x.charAt(0) - y.charAt(0);
    return c != 0 ? c : x.compareTo(y);
  }
}
