package io.parallax.story;

import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What two articles have in common and where they conflict, as numbers in [0, 1]; the input of the
 * calibrated {@link StoryModel}s.
 *
 * @param terms cosine of content-word TF-IDF vectors
 * @param subject cosine of TF-IDF vectors of the content words outside names
 * @param names cosine of name TF-IDF vectors
 * @param embedding cosine of document embeddings (0 when either has none)
 * @param sharedDates shared specific dates ({@code d:} / {@code md:}), 0, 0.5 or 1 for two or more
 * @param sameDay both have an event date and they are at most a day apart
 * @param dateGap both have an event date more than a week apart: log-scaled gap, 1 at a year or more
 * @param yearConflict both mention years and the latest year each mentions differs
 * @param numbers cosine of the sets of quantities
 * @param durations both state the same duration ("32 days", "seven months")
 * @param anchoredGap {@code dateGap} when both articles have a publication date (so their event days
 *     are anchored in the calendar), else 0; not a model input, used to damp the event probability
 */
public record PairEvidence(
    double terms, double subject, double names, double embedding, double sharedDates, double sameDay, double dateGap,
    double yearConflict, double numbers, double durations, double anchoredGap) {

  public static final int SIZE = 10;

  public static PairEvidence of(ArticleProfile a, ArticleProfile b) {
    return of(a.features(), b.features(), a.terms().dot(b.terms()), a.subject().dot(b.subject()),
        a.names().dot(b.names()));
  }

  /** The evidence of two articles whose content-word, subject and name cosines are already known. */
  static PairEvidence of(ArticleFeatures fa, ArticleFeatures fb, double terms, double subject, double names) {
    double emb = 0;
    if (fa.hasEmbedding() && fb.hasEmbedding()) {
      float[] x = fa.embedding();
      float[] y = fb.embedding();
      for (int i = 0; i < x.length; i++) emb += x[i] * y[i];
    }
    int shared = 0;
    int durations = 0;
    String maxYearA = null;
    String maxYearB = null;
    for (String t : fa.times()) {
      if (TimeFeature.YEAR.marks(t) && (maxYearA == null || t.compareTo(maxYearA) > 0)) maxYearA = t;
      if (!fb.times().contains(t)) continue;
      if (TimeFeature.DATE.marks(t) || TimeFeature.MONTH_DAY.marks(t)) shared++;
      if (TimeFeature.DURATION.marks(t)) durations++;
    }
    for (String t : fb.times()) {
      if (TimeFeature.YEAR.marks(t) && (maxYearB == null || t.compareTo(maxYearB) > 0)) maxYearB = t;
    }
    double sameDay = 0;
    double gap = 0;
    if (fa.date().isPresent() && fb.date().isPresent()) {
      long days = Math.abs(ChronoUnit.DAYS.between(fa.date().get(), fb.date().get()));
      if (days <= 1) sameDay = 1;
      else if (days > 7) gap = Math.min(1, Math.log(days / 7.0) / Math.log(365 / 7.0));
    }
    double yearConflict = maxYearA != null && maxYearB != null && !maxYearA.equals(maxYearB) ? 1 : 0;
    return new PairEvidence(terms, subject, names, emb,
        Math.min(shared, 2) / 2.0, sameDay, gap, yearConflict, overlap(fa.numbers(), fb.numbers()),
        durations > 0 ? 1 : 0, fa.published().isPresent() && fb.published().isPresent() ? gap : 0);
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String x : small) if (large.contains(x)) n++;
    return n / Math.sqrt((double) a.size() * b.size());
  }

  public double[] toArray() {
    return new double[] {terms, subject, names, embedding, sharedDates, sameDay, dateGap, yearConflict, numbers, durations};
  }
}
