package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every quotation in quotation marks ({@link QuotationSegments#regions}), short fragments and scare
 * quotes included, which the comparison reads besides the annotator's quotes. It attributes nothing
 * itself: a quotation takes the speaker of the annotator's quote that holds it (the direct quote of the
 * same words, or the reported speech it sits in: Sullivan called it "a mistake", Sullivan said the
 * operation would be "a mistake"), found by {@link QuoteFinder}'s frames and resolved by
 * {@link SpeakerResolver}; a quotation no quote holds has no speaker.
 */
public final class MarkedQuotes {

  private MarkedQuotes() {}

  /**
   * The quotations {@code regions} (words inside marks, in text order), each with the speaker of the
   * first attributed quote of {@code quotes} that contains it, else of the first that overlaps it.
   */
  static List<QuoteMention> attributed(List<Span> regions, List<Quote> quotes) {
    List<QuoteMention> out = new ArrayList<>(regions.size());
    for (Span region : regions) {
      Optional<Quote> by = quotes.stream()
          .filter(q -> q.speaker().isPresent() && q.content().contains(region)).findFirst()
          .or(() -> quotes.stream().filter(q -> q.speaker().isPresent() && q.content().overlaps(region)).findFirst());
      out.add(new QuoteMention(region, by.flatMap(Quote::speaker), by.flatMap(Quote::speakerSpan)));
    }
    return List.copyOf(out);
  }
}
