package io.parallax.compare;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their semantic similarity. Optional:
 * the comparator and the briefer work lexically without one; {@link MiniLmEmbedder} is the offline
 * implementation.
 */
@FunctionalInterface
public interface SentenceEmbedder {
  float[][] embed(List<String> sentences);
}
