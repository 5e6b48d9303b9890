package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.List;

/**
 * Everything the annotator found in one article; all spans are offsets into {@code article.text()}
 * and every list is in text order.
 *
 * @param sentences the sentences of the annotated regions
 * @param entities named people, organisations and places, with their canonical names
 * @param quotes direct and reported speech with speakers and cues ({@link QuoteFinder})
 * @param quantities numbers with their qualifiers and what they count ({@link QuantityReader})
 * @param times time expressions, normalised against the publication date ({@link TimeFinder})
 * @param markedQuotes every quotation in quotation marks, with the speaker of the quote of
 *     {@code quotes} that holds it ({@link MarkedQuotes}): the short fragments and scare quotes that
 *     {@code quotes} leaves out are read from here
 * @param intervals the counts, durations and dates the comparison weighs, as intervals, from the same
 *     reading ({@link QuantityReader}: "roughly 1.5 million people" as 1.35-1.65 million people, "more
 *     than a month" as 30.44 days or more, "February 15" as day 46 of the year), outside quotations
 */
public record Annotations(
    List<Span> sentences,
    List<Entity> entities,
    List<Quote> quotes,
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<QuoteMention> markedQuotes,
    List<QuantityMention> intervals) {
  public Annotations {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
    markedQuotes = List.copyOf(markedQuotes);
    intervals = List.copyOf(intervals);
  }

  public static Annotations empty() {
    return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
