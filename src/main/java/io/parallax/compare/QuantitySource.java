package io.parallax.compare;

import io.parallax.nlp.Mentions;
import io.parallax.nlp.QuantityMention;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where the comparator gets an article's quantities, durations and dates from. The default is
 * {@link #rules()}; an adapter over the annotations ({@link AnnotatorSources}) is what the pipeline
 * passes.
 */
@FunctionalInterface
public interface QuantitySource {
  List<QuantityMention> quantities(ComparedArticle article);

  /** The quantities, durations and dates of the kept text read by rules (an article not annotated). */
  static QuantitySource rules() {
    return a -> Mentions.quantities(Optional.empty(), a.article().text(), a.kept(), published(a));
  }

  /** The day {@code a} was published, which dates without a year are read against. */
  static Optional<LocalDate> published(ComparedArticle a) {
    return a.article().published().map(OffsetDateTime::toLocalDate);
  }
}
