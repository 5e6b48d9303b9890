package io.parallax.story;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph (a missing edge counts
 * as similarity 0). Merges the most similar pair of clusters while their average similarity is at
 * least the threshold; ties break on the lower item index, so results are deterministic.
 */
public final class AverageLinkClustering {

  private final int n;
  private final Map<Integer, Map<Integer, Double>> sums = new HashMap<>();

  public AverageLinkClustering(int items) {
    this.n = items;
  }

  /** Adds similarity {@code w} between items {@code i} and {@code j} (once per unordered pair). */
  public void edge(int i, int j, double w) {
    if (i == j) return;
    sums.computeIfAbsent(i, k -> new HashMap<>()).merge(j, w, (a, b) -> Math.max(a, b));
    sums.computeIfAbsent(j, k -> new HashMap<>()).merge(i, w, (a, b) -> Math.max(a, b));
  }

  /** Cluster label per item: the lowest item index of its cluster. */
  public int[] cluster(double threshold) {
    int[] size = new int[n];
    int[] version = new int[n];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      parent[i] = i;
    }
    record Cand(double avg, int a, int b, int va, int vb) {}
    PriorityQueue<Cand> queue = new PriorityQueue<>((x, y) -> x.avg != y.avg ? Double.compare(y.avg, x.avg)
        : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
    for (var e : sums.entrySet()) {
      int a = e.getKey();
      for (var f : e.getValue().entrySet()) {
        if (a < f.getKey() && f.getValue() >= threshold) queue.add(new Cand(f.getValue(), a, f.getKey(), 0, 0));
      }
    }
    while (!queue.isEmpty()) {
      Cand c = queue.poll();
      if (parent[c.a] != c.a || parent[c.b] != c.b || version[c.a] != c.va || version[c.b] != c.vb) continue;
      int a = c.a;
      int b = c.b;
      Map<Integer, Double> na = sums.computeIfAbsent(a, k -> new HashMap<>());
      Map<Integer, Double> nb = sums.getOrDefault(b, Map.of());
      na.remove(b);
      for (var f : nb.entrySet()) {
        int o = f.getKey();
        if (o == a) continue;
        na.merge(o, f.getValue(), Double::sum);
        Map<Integer, Double> no = sums.get(o);
        double moved = no.remove(b);
        no.merge(a, moved, Double::sum);
      }
      sums.remove(b);
      parent[b] = a;
      size[a] += size[b];
      version[a]++;
      version[b]++;
      for (var f : na.entrySet()) {
        int o = f.getKey();
        double avg = f.getValue() / ((double) size[a] * size[o]);
        if (avg >= threshold) {
          int x = Math.min(a, o);
          int y = Math.max(a, o);
          queue.add(new Cand(avg, x, y, version[x], version[y]));
        }
      }
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) r = parent[r];
      label[i] = r;
    }
    return label;
  }
}
