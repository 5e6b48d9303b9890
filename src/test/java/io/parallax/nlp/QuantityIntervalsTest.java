package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuantityIntervalsTest {

  private static List<QuantityMention> read(String text) {
    return QuantityIntervals.find(text, List.of(new Span(0, text.length())));
  }

  @Test
  void hedgesBoundsAndVaguePlurals() {
    List<QuantityMention> q = read("Nearly 3,000 workers joined, up from about 2.5 million last year, while thousands of farmers stayed home and more than a dozen unions signed.");
    assertThat(q).extracting(m -> m.span().textOf("Nearly 3,000 workers joined, up from about 2.5 million last year, while thousands of farmers stayed home and more than a dozen unions signed."))
        .containsExactly("Nearly 3,000 workers", "about 2.5 million", "thousands of farmers", "more than a dozen unions");
    assertThat(q.get(0).qualifier()).isEqualTo("nearly");
    assertThat(q.get(0).high()).contains(3000.0);
    assertThat(q.get(0).noun()).isEqualTo("people");
    assertThat(q.get(2).low()).isEqualTo(2000.0);
    assertThat(q.get(3).high()).isEqualTo(Optional.empty());
    assertThat(q.get(3).low()).isEqualTo(12.0);
  }

  @Test
  void durationsInDaysAndDates() {
    List<QuantityMention> q = read("The ministers had not met for six weeks, since March 3, and talks lasted 90 minutes.");
    assertThat(q).extracting(QuantityMention::kind).containsExactly(QuantityKind.DURATION, QuantityKind.DATE, QuantityKind.DURATION);
    assertThat(q.get(0).low()).isLessThan(42.0);
    assertThat(q.get(0).high().orElseThrow()).isGreaterThan(42.0);
    assertThat(q.get(1).low()).isEqualTo(31 + 29 + 3);
    assertThat(q.get(2).high().orElseThrow()).isEqualTo(90.0 / 1440, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void quantitiesInsideQuotesAreTheSpeakersNotTheOutlets() {
    assertThat(read("\"We lost 300 homes,\" the mayor said, adding that 12 schools were shut.")).extracting(QuantityMention::noun)
        .containsExactly("school");
  }
}
