package io.parallax.spark;

import java.io.Serializable;

/**
 * How the event candidate search is blocked beyond the time window (see {@link Cells}).
 *
 * @param cellSize the most articles a block should hold: a time window (three days) larger than this is
 *     split into {@code ceil(window / cellSize)} cells of the event-encoder space; smaller windows stay
 *     one exact block
 * @param probes how many nearest cells each article searches
 */
public record Blocking(int cellSize, int probes) implements Serializable {

  /**
   * Exact up to 30,000 articles in a three-day window (about 10,000 a day, more than the dev sets and
   * the benchmarks hold); beyond, cells of that size, each article searching its 8 nearest (measured in
   * docs/spark.md, "Blocking by embedding").
   */
  public static final Blocking DEFAULT = new Blocking(30_000, 8);

  /** Articles of the event vectors sampled on the driver to fit the cells. */
  static final int SAMPLE = 50_000;

  public Blocking {
    if (cellSize < 1) {
      throw new IllegalArgumentException("--cell-size must be at least 1 article, got " + cellSize);
    }
    if (probes < 1) {
      throw new IllegalArgumentException("--probes must be at least 1, got " + probes);
    }
  }
}
