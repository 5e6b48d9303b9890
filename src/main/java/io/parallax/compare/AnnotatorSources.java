package io.parallax.compare;

import io.parallax.nlp.Annotations;
import io.parallax.nlp.Mentions;
import java.util.Optional;
import java.util.function.Function;

/**
 * The comparator's sources over annotations already computed (looked up by article id): what
 * {@code analyze} passes, so that quotes and quantities are read from the annotations (including the
 * annotator's rule stages, {@link Annotations#markedQuotes()} and {@link Annotations#intervals()}) and
 * not worked out again. An article the lookup has no annotations for (null) is read by the rules, as
 * {@link QuoteSource#rules()} and {@link QuantitySource#rules()} do; both go through {@link Mentions}.
 */
public final class AnnotatorSources {
  private AnnotatorSources() {}

  /** Direct quotes: the annotations' direct quotes and the quotations in marks they leave out. */
  public static QuoteSource quotes(Function<String, Annotations> annotationsById) {
    return a -> Mentions.quotes(Optional.ofNullable(annotationsById.apply(a.id())), a.article().text(), a.kept());
  }

  /** Counts from the annotations' quantities, durations and dates from their intervals. */
  public static QuantitySource quantities(Function<String, Annotations> annotationsById) {
    return a -> Mentions.quantities(Optional.ofNullable(annotationsById.apply(a.id())), a.article().text(),
        a.kept(), QuantitySource.published(a));
  }
}
