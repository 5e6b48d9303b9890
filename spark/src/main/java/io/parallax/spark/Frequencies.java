package io.parallax.spark;

import io.parallax.story.TermStatistics;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies counted over the whole input by Spark and broadcast to every task, so that each
 * partition weighs terms as the single-machine detector does over the same input.
 */
final class Frequencies implements TermStatistics, Serializable {

  private final long documents;
  private final HashMap<String, Long> terms;
  private final HashMap<String, Long> names;

  /** {@code counts}: "t:" + term and "n:" + name to the number of articles holding it. */
  Frequencies(long documents, Map<String, Long> counts) {
    this.documents = documents;
    this.terms = new HashMap<>();
    this.names = new HashMap<>();
    for (var e : counts.entrySet()) {
      (e.getKey().startsWith("t:") ? terms : names).put(e.getKey().substring(2), e.getValue());
    }
  }

  @Override
  public long documents() {
    return documents;
  }

  @Override
  public long docFreq(Field field, String key) {
    return (field == Field.TERM ? terms : names).getOrDefault(key, 0L);
  }
}
