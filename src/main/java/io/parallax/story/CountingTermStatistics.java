package io.parallax.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link TermStatistics} counted over an in-memory collection of articles (batch detection). */
public final class CountingTermStatistics implements TermStatistics {

  private final Map<String, Integer> terms = new HashMap<>();
  private final Map<String, Integer> names = new HashMap<>();
  private long documents;

  public CountingTermStatistics(Collection<ArticleFeatures> articles) {
    for (ArticleFeatures a : articles) add(a);
  }

  public void add(ArticleFeatures a) {
    documents++;
    for (String t : a.terms().keySet()) terms.merge(t, 1, Integer::sum);
    for (String n : a.names().keySet()) names.merge(n, 1, Integer::sum);
  }

  @Override
  public long documents() {
    return documents;
  }

  @Override
  public long docFreq(Field field, String key) {
    return (field == Field.TERM ? terms : names).getOrDefault(key, 0);
  }
}
