package io.parallax.story;

/**
 * A stored article's vectors weighted once per statistics refresh, then fitted to each new article it
 * is compared with. The stored keys are weighted with the store's document frequencies; the keys the
 * new article shares get the frequency plus one (the new article counts too) and the vector is
 * renormalised. That equals weighting the stored article with the statistics that include the new one
 * ({@link IncrementalStoryDetector}), but costs one merge of two sorted key arrays per pair (as a dot
 * product does) instead of a document-frequency look-up per key.
 */
final class CandidateWeights {

  /**
   * One weighted vector: store-only weights (unnormalised), the weights its keys take when the new
   * article shares them, and the squared norm of the store-only weights.
   */
  private record Part(String[] keys, float[] weights, float[] sharedWeights, double norm2) {

    static Part of(String[] keys, double[] tf, TermStatistics.Field field, CountsAtFill stats) {
      float[] w = new float[keys.length];
      float[] shared = new float[keys.length];
      double norm2 = 0;
      for (int i = 0; i < keys.length; i++) {
        KeyIdf idf = stats.keyIdf(field, keys[i]);
        w[i] = (float) (tf[i] * idf.stored());
        shared[i] = (float) (tf[i] * idf.shared());
        norm2 += (double) w[i] * w[i];
      }
      return new Part(keys, w, shared, norm2);
    }

    /**
     * Cosine with the unit vector {@code own}, this vector's shared keys counted once more: one merge of
     * the two sorted key arrays, nothing allocated.
     */
    double cosine(SparseVector own) {
      String[] mine = own.keys();
      float[] mineW = own.weights();
      double dot = 0;
      double norm2 = this.norm2;
      int i = 0;
      int j = 0;
      while (i < keys.length && j < mine.length) {
        int c = SparseVector.compareKeys(keys[i], mine[j]);
        if (c == 0) {
          double v = sharedWeights[i];
          dot += v * mineW[j];
          norm2 += v * v - (double) weights[i] * weights[i];
          i++;
          j++;
        } else if (c < 0) {
          i++;
        } else {
          j++;
        }
      }
      return norm2 > 0 ? dot / Math.sqrt(norm2) : 0;
    }
  }

  /**
   * The IDF of a key in one statistics refresh: {@code stored} with the store's document frequency,
   * {@code shared} with the new article counted too (for the keys it has).
   */
  record KeyIdf(double stored, double shared) {}

  /** The statistics of one refresh. */
  interface CountsAtFill {
    KeyIdf keyIdf(TermStatistics.Field field, String key);
  }

  private final ArticleFeatures features;
  private final Part terms;
  private final Part subject;
  private final Part names;

  CandidateWeights(StoredProfile p, CountsAtFill stats) {
    ArticleProfile a = p.asStored();
    this.features = a.features();
    this.terms = Part.of(a.terms().keys(), StoredProfile.logTf(p.termCounts()), TermStatistics.Field.TERM, stats);
    this.subject = Part.of(a.subject().keys(), StoredProfile.logTf(p.subjectCounts()), TermStatistics.Field.TERM, stats);
    this.names = Part.of(a.names().keys(), StoredProfile.logTf(p.nameCounts()), TermStatistics.Field.NAME, stats);
  }

  /**
   * The evidence of a new article {@code own} against this stored article, its vectors weighted under
   * statistics that count {@code own}.
   */
  PairEvidence evidence(ArticleProfile own) {
    return PairEvidence.of(own.features(), features, terms.cosine(own.terms()), subject.cosine(own.subject()),
        names.cosine(own.names()));
  }
}
