package io.parallax.story;

/** An article's features with their TF-IDF vectors, ready for pairwise comparison. */
public record ArticleProfile(ArticleFeatures features, SparseVector terms, SparseVector subject, SparseVector names) {

  public static ArticleProfile of(ArticleFeatures f, TermStatistics stats) {
    return new ArticleProfile(f,
        SparseVector.tfidf(f.terms(), TermStatistics.Field.TERM, stats),
        SparseVector.tfidf(f.subject(), TermStatistics.Field.TERM, stats),
        SparseVector.tfidf(f.names(), TermStatistics.Field.NAME, stats));
  }

  /**
   * A pseudo-article standing for a group of articles (an event): centroid content, name and embedding
   * vectors; no times or numbers.
   */
  public static ArticleProfile centroid(String id, java.util.List<ArticleProfile> members) {
    float[] emb = new float[0];
    if (members.stream().allMatch(m -> m.features().hasEmbedding())) {
      int d = members.get(0).features().embedding().length;
      double[] sum = new double[d];
      for (ArticleProfile m : members) {
        float[] v = m.features().embedding();
        for (int i = 0; i < d; i++) sum[i] += v[i];
      }
      double norm = 0;
      for (double x : sum) norm += x * x;
      norm = Math.sqrt(norm);
      emb = new float[d];
      for (int i = 0; i < d; i++) emb[i] = (float) (norm == 0 ? 0 : sum[i] / norm);
    }
    ArticleFeatures f = new ArticleFeatures(id, members.get(0).features().title(), java.util.Map.of(),
        java.util.Map.of(), java.util.Map.of(), java.util.Set.of(), java.util.Set.of(), java.util.Optional.empty(),
        java.util.Optional.empty(), emb);
    return new ArticleProfile(f,
        SparseVector.centroid(members.stream().map(ArticleProfile::terms).toList()),
        SparseVector.centroid(members.stream().map(ArticleProfile::subject).toList()),
        SparseVector.centroid(members.stream().map(ArticleProfile::names).toList()));
  }

  public String id() {
    return features.id();
  }
}
