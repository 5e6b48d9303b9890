package io.parallax.story;

/**
 * An article's features as read back from the store: its vectors with the weights of the moment it was
 * indexed ({@link #asStored}), how many articles those statistics counted, and the count of every key,
 * so that it can be weighted again with the statistics of another moment ({@link CandidateWeights}: an
 * article indexed into an almost empty store has flat weights that say little later).
 *
 * @param asStored the features (no term maps) and the vectors as weighted when indexed
 * @param weighedAt how many articles the statistics of {@code asStored} counted
 * @param termCounts the count of each content word of {@code asStored.terms()}, aligned
 * @param subjectCounts likewise for the subject words
 * @param nameCounts likewise for the names
 */
public record StoredProfile(ArticleProfile asStored, long weighedAt, int[] termCounts, int[] subjectCounts,
    int[] nameCounts) {

  /** {@code 1 + ln(count)} of each count. */
  static double[] logTf(int[] counts) {
    double[] tf = new double[counts.length];
    for (int i = 0; i < counts.length; i++) tf[i] = SparseVector.logTf(counts[i]);
    return tf;
  }

  public String id() {
    return asStored.id();
  }
}
