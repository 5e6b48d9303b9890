package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.List;

/**
 * Everything the annotator found in one article; all spans are offsets into {@code article.text()}
 * and every list is in text order.
 */
public record Annotations(
    List<Span> sentences,
    List<Entity> entities,
    List<Quote> quotes,
    List<Quantity> quantities,
    List<TimeExpression> times) {
  public Annotations {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
  }

  public static Annotations empty() {
    return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
