package io.parallax.compare;

import java.util.List;

/**
 * Where the comparator gets an article's quantities, durations and dates from. The default is
 * {@link RuleQuantitySource}; an adapter over a fuller annotator can be passed instead.
 */
@FunctionalInterface
public interface QuantitySource {
  List<QuantityMention> quantities(ComparedArticle article);
}
