package io.parallax.story;

/** Document frequencies of content terms and names, for TF-IDF weighting. */
public interface TermStatistics {

  /** Which bag of words a key belongs to. */
  enum Field { TERM, NAME }

  /** Number of documents counted. */
  long documents();

  /** Number of counted documents that contain {@code key} in {@code field}. */
  long docFreq(Field field, String key);

  /**
   * Pseudo-documents of the prior: as if {@value} more documents had been seen, in which every key
   * occurs once. Keeps small collections (a handful of articles on one story) from treating their
   * shared vocabulary as worthless; negligible once thousands of articles are counted.
   */
  int PRIOR_DOCUMENTS = 10;

  /** Inverse document frequency with the prior, never negative. */
  default double idf(Field field, String key) {
    long n = documents();
    long df = docFreq(field, key);
    return Math.max(0, Math.log((n + PRIOR_DOCUMENTS + 1.0) / (df + 1.0)));
  }
}
