package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.parallax.model.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** One reading of quantities: the quantities as stated and the intervals the comparison weighs. */
class QuantityReaderTest {

  private static QuantityReader.Reading read(String text) {
    return QuantityReader.read(text, List.of(new Span(0, text.length())));
  }

  /** Tagged text, each word with the universal tag {@code tags} gives it, a noun when it gives none. */
  private static TaggedText tagged(String text, Map<String, String> tags) {
    return new TaggedText(text, List.of(new Span(0, text.length())), new NewsSentenceSplitter(), new NewsTokenizer(),
        words -> Arrays.stream(words).map(w -> tags.getOrDefault(w, w.equals(".") ? "PUNCT" : "NOUN"))
            .toArray(String[]::new));
  }

  @Test
  void hedgesBoundsAndVaguePlurals() {
    String text = "Nearly 3,000 workers joined, up from about 2.5 million last year, while thousands of farmers "
        + "stayed home and more than a dozen unions signed.";
    QuantityReader.Reading r = read(text);
    assertThat(r.quantities()).extracting(Quantity::text, Quantity::qualifier, Quantity::unit).containsExactly(
        tuple("Nearly 3,000 workers", Qualifier.APPROXIMATELY, "workers"),
        tuple("about 2.5 million", Qualifier.APPROXIMATELY, ""),
        tuple("thousands of farmers", Qualifier.UNSPECIFIED_MANY, "farmers"),
        tuple("more than a dozen unions", Qualifier.MORE_THAN, "unions"));
    // "about 2.5 million" counts nothing named: no interval to compare
    assertThat(r.intervals()).extracting(m -> m.span().textOf(text), QuantityMention::qualifier, QuantityMention::noun)
        .containsExactly(
            tuple("Nearly 3,000 workers", "approximately", "people"),
            tuple("thousands of farmers", "unspecified many", "farmer"),
            tuple("more than a dozen unions", "more than", "union"));
    assertThat(r.intervals().get(0).low()).isEqualTo(2700.0, Offset.offset(1e-9));
    assertThat(r.intervals().get(0).high().orElseThrow()).isEqualTo(3300.0, Offset.offset(1e-9));
    assertThat(r.intervals().get(1).low()).isEqualTo(2000.0);
    assertThat(r.intervals().get(2).high()).isEqualTo(Optional.empty());
    assertThat(r.intervals().get(2).low()).isEqualTo(12.0);
  }

  @Test
  void durationsInDaysAndDates() {
    String text = "The ministers had not met for six weeks, since March 3, and talks lasted 90 minutes.";
    List<QuantityMention> q = read(text).intervals();
    assertThat(q).extracting(m -> m.span().textOf(text), QuantityMention::kind).containsExactly(
        tuple("six weeks", QuantityKind.DURATION), tuple("March 3", QuantityKind.DATE),
        tuple("90 minutes", QuantityKind.DURATION));
    // a duration in words is a round one
    assertThat(q.get(0).low()).isEqualTo(42 * 0.85, Offset.offset(1e-9));
    assertThat(q.get(0).high().orElseThrow()).isEqualTo(42 * 1.15, Offset.offset(1e-9));
    assertThat(q.get(1).low()).isEqualTo(31 + 29 + 3);
    assertThat(q.get(1).noun()).isEqualTo("march");
    assertThat(q.get(2).high().orElseThrow()).isEqualTo(90.0 / 1440, Offset.offset(1e-9));
  }

  @Test
  void datesAreTheTimeReadersDaysWithTheYearAsWrittenOrAsPublished() {
    String text = "Troops left on 11 September, and the inquiry into January 6, 2021, resumes on April 20.";
    List<QuantityMention> q = QuantityReader.read(text, List.of(new Span(0, text.length())),
        Optional.of(LocalDate.of(2024, 3, 14))).intervals();
    assertThat(q).extracting(m -> m.span().textOf(text), QuantityMention::low, QuantityMention::noun, QuantityMention::date)
        .containsExactly(
            tuple("11 September", 255.0, "september", Optional.of(LocalDate.of(2023, 9, 11))),
            tuple("January 6, 2021", 6.0, "january", Optional.of(LocalDate.of(2021, 1, 6))),
            // more than a month after publication: the year before
            tuple("April 20", 111.0, "april", Optional.of(LocalDate.of(2023, 4, 20))));
    // without a publication date, a day without a year names no date
    assertThat(read(text).intervals()).extracting(QuantityMention::date)
        .containsExactly(Optional.empty(), Optional.of(LocalDate.of(2021, 1, 6)), Optional.empty());
  }

  @Test
  void anArticleBeforeATimeUnitIsOne() {
    String text = "The bridge closed for more than a month and reopens on Oct. 7.";
    List<QuantityMention> q = read(text).intervals();
    assertThat(q).extracting(m -> m.span().textOf(text), QuantityMention::qualifier, QuantityMention::high)
        .containsExactly(tuple("more than a month", "more than", Optional.empty()),
            tuple("Oct. 7", "", Optional.of(274.0 + 7)));
    assertThat(q.get(0).low()).isEqualTo(30.44, Offset.offset(1e-9));
  }

  @Test
  void quantitiesInsideQuotesAreTheSpeakersNotTheOutlets() {
    String text = "\"We lost 300 homes,\" the mayor said, adding that 12 schools were shut.";
    QuantityReader.Reading r = read(text);
    assertThat(r.quantities()).extracting(Quantity::text).containsExactly("300 homes", "12 schools");
    assertThat(r.intervals()).extracting(QuantityMention::noun).containsExactly("school");
  }

  @Test
  void moneyPercentagesAndRanges() {
    String text = "The plan would cost more than $4 trillion, while nearly 80% of residents fled and "
        + "between 20 and 30 trucks entered.";
    QuantityReader.Reading r = read(text);
    assertThat(r.quantities()).extracting(Quantity::text, Quantity::unit, Quantity::value, Quantity::upTo)
        .containsExactly(tuple("more than $4 trillion", "$", 4e12, Optional.empty()),
            tuple("nearly 80%", "%", 80.0, Optional.empty()),
            tuple("between 20 and 30 trucks", "trucks", 20.0, Optional.of(30.0)));
    assertThat(r.intervals().get(2)).isEqualTo(new QuantityMention(r.quantities().get(2).span(), QuantityKind.COUNT,
        "range", 20, Optional.of(30.0), "truck"));
  }

  @Test
  void everyHedgePhraseOfTheLexiconIsRead() {
    String text = "In excess of 40 ships sailed, as many as 9 ports closed and no fewer than 7 crews struck.";
    assertThat(read(text).quantities()).extracting(Quantity::qualifier)
        .containsExactly(Qualifier.MORE_THAN, Qualifier.AT_MOST, Qualifier.AT_LEAST);
  }

  @Test
  void aNumberBeforeLastWeekCountsNoWeeks() {
    String text = "Claims fell from 412,000 to 37,000 last week.";
    TaggedText t = tagged(text, Map.of("Claims", "NOUN", "fell", "VERB", "from", "ADP", "to", "ADP", "last", "ADJ"));
    QuantityReader.Reading r = QuantityReader.read(t, List.of());
    assertThat(r.quantities()).extracting(Quantity::text, Quantity::unit).containsExactly(tuple("412,000 to 37,000", ""));
    assertThat(r.intervals()).isEmpty();
  }

  @Test
  void yearsClockTimesAndBareNumbersAreNoQuantities() {
    String text = "In 2023 the talks began at 9:30 and 12 was the number on the door.";
    assertThat(read(text).quantities()).isEmpty();
  }

  @Test
  void taggedTextFindsTheCountedNounPastModifiers() {
    String text = "Four Israeli soldiers and five previous Security Council protections were lost.";
    QuantityReader.Reading r = QuantityReader.read(tagged(text, Map.of("Four", "NUM",
        "Israeli", "ADJ", "and", "CCONJ", "five", "NUM", "previous", "ADJ", "Security", "PROPN", "Council", "PROPN",
        "were", "AUX", "lost", "VERB")), List.of());
    assertThat(r.quantities()).extracting(Quantity::text, Quantity::unit).containsExactly(
        tuple("Four Israeli soldiers", "soldiers"), tuple("five previous Security Council protections", "protections"));
    assertThat(r.intervals()).extracting(QuantityMention::noun).containsExactly("soldier", "protection");
  }

  @Test
  void aNoBreakSpaceBeforeTheCountedNounIsASpaceTaggedOrNot() {
    String text = "Police counted 400\u00A0shootings last year.";
    assertThat(read(text).quantities()).extracting(Quantity::text, Quantity::unit)
        .containsExactly(tuple("400\u00A0shootings", "shootings"));
    TaggedText t = tagged(text, Map.of("Police", "NOUN", "counted", "VERB", "400", "NUM", "last", "ADJ"));
    assertThat(QuantityReader.read(t, List.of()).quantities()).extracting(Quantity::text, Quantity::unit)
        .containsExactly(tuple("400\u00A0shootings", "shootings"));
  }

  @Test
  void aWordThatOnlyBeginsLikeAMonthLeavesTheNumberACount() {
    assertThat(read("Maybe 50 people came.").quantities()).extracting(Quantity::text, Quantity::unit)
        .containsExactly(tuple("50 people", "people"));
    assertThat(read("Since March 3 workers have been on strike.").quantities()).isEmpty();
  }

  @Test
  void aMonthBeforeANoBreakSpaceStillMakesADate() {
    String text = "Talks resumed on March\u00A03 after 40 days.";
    QuantityReader.Reading r = read(text);
    assertThat(r.intervals()).extracting(m -> m.span().textOf(text), QuantityMention::kind).containsExactly(
        tuple("March\u00A03", QuantityKind.DATE), tuple("40 days", QuantityKind.DURATION));
    assertThat(r.quantities()).extracting(Quantity::text).containsExactly("40 days");
  }
}
