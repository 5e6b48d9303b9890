package io.parallax.spark;

import io.parallax.story.ArticleFeatures;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;

/**
 * What story detection knows about one article ({@link ArticleFeatures}, with the general MiniLM
 * embedding), plus its event vector and whether the event encoder covers its language, in a
 * Java-serializable form for Spark.
 */
record FeatureRow(
    String id, String title, HashMap<String, Integer> terms, HashMap<String, Integer> subject,
    HashMap<String, Integer> names, HashSet<String> times, HashSet<String> numbers, String date, String published,
    float[] embedding, float[] eventVector, boolean covered) implements Serializable {

  static FeatureRow of(ArticleFeatures f, float[] eventVector, boolean covered) {
    return new FeatureRow(f.id(), f.title(), new HashMap<>(f.terms()), new HashMap<>(f.subject()),
        new HashMap<>(f.names()), new HashSet<>(f.times()), new HashSet<>(f.numbers()),
        f.date().map(LocalDate::toString).orElse(null), f.published().map(LocalDate::toString).orElse(null),
        f.embedding(), eventVector, covered);
  }

  ArticleFeatures features() {
    return new ArticleFeatures(id, title, terms, subject, names, times, numbers,
        Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(published).map(LocalDate::parse), embedding);
  }

  FeatureRow withId(String newId) {
    return new FeatureRow(newId, title, terms, subject, names, times, numbers, date, published, embedding, eventVector,
        covered);
  }

  /** The publication day as an epoch day, or {@link Long#MIN_VALUE} when undated. */
  long publishedDay() {
    return published == null ? Long.MIN_VALUE : LocalDate.parse(published).toEpochDay();
  }
}
