package io.parallax.spark;

import io.parallax.story.StoryDetector;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Blocking by embedding: cells of the event-encoder space (centroids of spherical k-means over a sample
 * of the articles' event vectors), so that a day too large for one task is split into blocks of
 * similar articles.
 *
 * <p>An article is stored in the cell of its nearest centroid and looks for candidates in its
 * {@link #probes()} nearest cells (its own first). Two articles similar enough to be one event are
 * almost always in cells near both of them, so the nearest candidates found this way are, with
 * measured exceptions, those of the exact search (docs/spark.md, "Blocking by embedding"). With one
 * cell ({@link #ONE}) the search is exact and identical to single-machine {@code cluster}'s.
 *
 * @param centroids unit-length centroids, in a fixed order; empty for one cell
 * @param probes how many nearest cells an article searches (at least 1)
 */
record Cells(float[][] centroids, int probes) implements Serializable {

  /** One cell: every article meets every other of its time window (exact); probes do not matter. */
  static final Cells ONE = new Cells(new float[0][], 1);

  /** Lloyd iterations of the k-means; the centroids move little after a handful. */
  static final int ITERATIONS = 10;

  Cells {
    if (probes < 1) {
      throw new IllegalArgumentException("Probes must be at least 1, got " + probes + "; use 1 or more");
    }
  }

  /** The number of cells. */
  int count() {
    return Math.max(1, centroids.length);
  }

  /** The cell an article is stored in: its nearest centroid (ties: the lower index); {@code probe(v)[0]}. */
  int home(float[] v) {
    return nearest(centroids, v);
  }

  /** The index of the centroid most similar to {@code v}, the lower on ties; 0 without centroids. */
  private static int nearest(float[][] centroids, float[] v) {
    int best = 0;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double sim = StoryDetector.dot(v, centroids[c]);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    return best;
  }

  /** The cells an article searches, nearest centroid first: {@code min(probes, count())} of them. */
  int[] probe(float[] v) {
    int k = centroids.length;
    if (k == 0) return new int[] {0};
    int p = Math.min(probes, k);
    double[] sim = new double[k];
    Integer[] idx = new Integer[k];
    for (int c = 0; c < k; c++) {
      sim[c] = StoryDetector.dot(v, centroids[c]);
      idx[c] = c;
    }
    Arrays.sort(idx, (a, b) -> sim[a] != sim[b] ? Double.compare(sim[b], sim[a]) : Integer.compare(a, b));
    int[] out = new int[p];
    for (int i = 0; i < p; i++) out[i] = idx[i];
    return out;
  }

  /**
   * Cells for blocks of about {@code cellSize} articles when the largest time window holds
   * {@code largestWindow} articles: one cell (exact) when that window fits, else
   * {@code ceil(largestWindow / cellSize)} centroids fitted on {@code sample} (deterministic: k-means++
   * seeding from a fixed seed, then {@value #ITERATIONS} Lloyd iterations).
   */
  static Cells fit(List<float[]> sample, long largestWindow, int cellSize, int probes) {
    if (cellSize < 1) {
      throw new IllegalArgumentException("Cell size must be at least 1 article, got " + cellSize);
    }
    long k = (largestWindow + cellSize - 1) / cellSize;
    if (k <= 1 || sample.isEmpty()) return ONE;
    int cells = (int) Math.min(k, sample.size());
    return new Cells(kMeans(sample, cells), probes);
  }

  /** Spherical k-means: centroids of unit vectors, renormalised; similarity is the dot product. */
  static float[][] kMeans(List<float[]> points, int k) {
    Random random = new Random(20240318L);
    int n = points.size();
    int dim = points.get(0).length;
    float[][] c = new float[k][];
    // k-means++ seeding: each next centroid drawn with probability proportional to its distance (1 - cos)
    c[0] = points.get(random.nextInt(n)).clone();
    double[] far = new double[n];
    Arrays.fill(far, Double.MAX_VALUE);
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        far[i] = Math.min(far[i], Math.max(0, 1 - StoryDetector.dot(points.get(i), c[j - 1])));
        total += far[i];
      }
      int pick = n - 1;
      double r = random.nextDouble() * total;
      for (int i = 0; i < n; i++) {
        r -= far[i];
        if (r <= 0) {
          pick = i;
          break;
        }
      }
      c[j] = points.get(pick).clone();
    }
    int[] assigned = new int[n];
    for (int it = 0; it < ITERATIONS; it++) {
      for (int i = 0; i < n; i++) assigned[i] = nearest(c, points.get(i));
      double[][] sum = new double[k][dim];
      int[] size = new int[k];
      for (int i = 0; i < n; i++) {
        float[] p = points.get(i);
        double[] s = sum[assigned[i]];
        for (int d = 0; d < dim; d++) s[d] += p[d];
        size[assigned[i]]++;
      }
      for (int j = 0; j < k; j++) {
        if (size[j] == 0) continue; // an empty cell keeps its centroid
        double norm = 0;
        for (int d = 0; d < dim; d++) norm += sum[j][d] * sum[j][d];
        norm = Math.sqrt(norm);
        if (norm == 0) continue;
        float[] next = new float[dim];
        for (int d = 0; d < dim; d++) next[d] = (float) (sum[j][d] / norm);
        c[j] = next;
      }
    }
    return c;
  }
}
