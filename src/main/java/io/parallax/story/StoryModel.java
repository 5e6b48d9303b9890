package io.parallax.story;

import java.util.Arrays;

/**
 * A logistic model over {@link PairEvidence}: the probability that two articles belong together (in
 * one event, or in one storyline). Weights are fitted on development data (see docs/story.md).
 *
 * @param bias the intercept
 * @param weights one weight per {@link PairEvidence} component, in record order
 */
public record StoryModel(double bias, double[] weights) {

  public StoryModel {
    if (weights.length != PairEvidence.SIZE) {
      throw new IllegalArgumentException("A story model needs " + PairEvidence.SIZE + " weights, got "
          + weights.length + ": " + Arrays.toString(weights));
    }
    weights = weights.clone();
  }

  public double probability(PairEvidence e) {
    double[] x = e.toArray();
    double z = bias;
    for (int i = 0; i < x.length; i++) z += weights[i] * x[i];
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public String toString() {
    return "StoryModel[bias=" + bias + ", weights=" + Arrays.toString(weights) + "]";
  }
}
