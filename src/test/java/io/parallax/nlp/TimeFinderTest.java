package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.parallax.model.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one time reader, in both its modes: over the annotator's sentences (as {@link NewsAnnotator}
 * calls it) and over a whole raw text (as event detection does). Time expressions need no POS tags, so
 * these run without the model.
 */
class TimeFinderTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13); // a Wednesday
  private static final Optional<LocalDate> MONDAY_18_MARCH = Optional.of(LocalDate.of(2024, 3, 18));

  /** The annotator's mode: the sentences of the text, as the annotator splits them. */
  private static List<TimeExpression> inSentences(String text, Optional<LocalDate> published) {
    return TimeFinder.find(text, Segmentation.sentences(text, List.of(new Span(0, text.length()))), published);
  }

  private static TimeExpression only(String text, String written) {
    return inSentences(text, Optional.of(PUBLISHED)).stream().filter(e -> e.text().equals(written)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + written + "' in " + inSentences(text, Optional.of(PUBLISHED))));
  }

  @Test
  void weekdayIsTheOneOnOrBeforePublication() {
    assertThat(only("Biden spoke to Netanyahu on Monday.", "Monday").start()).contains(LocalDate.of(2024, 3, 11));
    assertThat(only("The vote is on Wednesday.", "Wednesday").start()).contains(PUBLISHED);
    assertThat(only("They meet again next Monday.", "next Monday").start()).contains(LocalDate.of(2024, 3, 18));
  }

  @Test
  void monthDayWithoutYearTakesThePublicationYearUnlessFarAhead() {
    assertThat(only("They last spoke on February 15.", "February 15").start()).contains(LocalDate.of(2024, 2, 15));
    assertThat(only("The attack came on Oct. 7.", "Oct. 7").start()).contains(LocalDate.of(2023, 10, 7));
    List<TimeExpression> m = TimeFinder.find("The strike began on December 28.", Optional.of(LocalDate.of(2024, 1, 3)));
    assertThat(m.get(0).start()).contains(LocalDate.of(2023, 12, 28));
  }

  @Test
  void lastMonthNameIsTheMostRecentPastOne() {
    TimeExpression e = only("Fighting began last October.", "last October");
    assertThat(e.kind()).isEqualTo(TimeKind.MONTH);
    assertThat(e.value()).isEqualTo("--10");
    assertThat(e.start()).contains(LocalDate.of(2023, 10, 1));
    assertThat(e.end()).contains(LocalDate.of(2023, 10, 31));
  }

  @Test
  void durationsCarryAPeriod() {
    assertThat(only("The leaders had not spoken for 32 days.", "32 days").duration()).contains(Period.ofDays(32));
    TimeExpression war = only("After seven months of war, talks resumed.", "seven months");
    assertThat(war.kind()).isEqualTo(TimeKind.DURATION);
    assertThat(war.value()).isEqualTo("7 month");
    assertThat(war.duration()).contains(Period.ofMonths(7));
    assertThat(war.relative()).isFalse();
  }

  @Test
  void agoAndWeeksResolveAgainstPublication() {
    TimeExpression ago = only("The strike happened two days ago.", "two days ago");
    assertThat(ago.start()).contains(LocalDate.of(2024, 3, 11));
    assertThat(ago.kind()).isEqualTo(TimeKind.DURATION);
    assertThat(ago.value()).isEqualTo("2 day");
    assertThat(ago.relative()).isTrue();
    TimeExpression week = only("Talks resume next week.", "next week");
    assertThat(week.kind()).isEqualTo(TimeKind.PERIOD);
    assertThat(week.start()).contains(LocalDate.of(2024, 3, 18));
    assertThat(week.end()).contains(LocalDate.of(2024, 3, 24));
  }

  @Test
  void absoluteDatesNeedNoPublicationDateAndRelativeOnesStayOpen() {
    List<TimeExpression> es = inSentences("On October 7, 2023, and again on Friday, it was reported.", Optional.empty());
    assertThat(es).extracting(TimeExpression::text).containsExactly("October 7, 2023", "Friday");
    assertThat(es.get(0).start()).contains(LocalDate.of(2023, 10, 7));
    assertThat(es.get(0).relative()).isFalse();
    assertThat(es.get(1).start()).isEmpty();
    assertThat(es.get(1).value()).isEqualTo("friday");
    assertThat(es.get(1).relative()).isTrue();
  }

  @Test
  void theModalVerbMayIsNotAMonth() {
    assertThat(inSentences("Israel may launch an operation in May 2024.", Optional.of(PUBLISHED)))
        .extracting(TimeExpression::text).containsExactly("May 2024");
    assertThat(inSentences("May we begin? The vote was held in May.", Optional.of(PUBLISHED)))
        .extracting(TimeExpression::text, TimeExpression::value).containsExactly(tuple("May", "--05"));
    assertThat(TimeFinder.find("He may 3 times refuse.", Optional.empty())).isEmpty();
  }

  @Test
  void aMonthAloneIsWrittenInFullOrWithItsDot() {
    assertThat(inSentences("Jan said the talks of mid-March and of Dec. went well.", Optional.of(PUBLISHED)))
        .extracting(TimeExpression::text).containsExactly("mid-March", "Dec.");
  }

  @Test
  void theWholeTextModeResolvesRelativeDaysAgainstThePublicationDate() {
    List<TimeExpression> m = TimeFinder.find(
        "Biden spoke with Netanyahu on Monday. The pair last spoke on February 15, 32 days earlier.", MONDAY_18_MARCH);

    assertThat(m).extracting(TimeExpression::kind, TimeExpression::value, TimeExpression::start)
        .containsExactly(
            tuple(TimeKind.WEEKDAY, "monday", MONDAY_18_MARCH),
            tuple(TimeKind.MONTH_DAY, "--02-15", Optional.of(LocalDate.of(2024, 2, 15))),
            tuple(TimeKind.DURATION, "32 day", Optional.empty()));
  }

  @Test
  void readsAbsoluteDatesAndSpelledOutDurationsWithoutAPublicationDate() {
    List<TimeExpression> m = TimeFinder.find(
        "May 03, 2013. Lohan began a 90-day stay; the war is in its seventh month after seven months of fighting.", Optional.empty());
    assertThat(m).extracting(TimeExpression::value).containsExactly("2013-05-03", "90 day", "7 month");
    assertThat(m.get(0).start()).contains(LocalDate.of(2013, 5, 3));
  }

  @Test
  void readsIsoDatesDayMonthOrderAndBareYears() {
    List<TimeExpression> m = TimeFinder.find("On 3rd of March 2011, 2019-06-02 and 5 May, in 2013 and today.", Optional.empty());
    assertThat(m).extracting(TimeExpression::kind, TimeExpression::value).containsExactly(
        tuple(TimeKind.DATE, "2011-03-03"), tuple(TimeKind.DATE, "2019-06-02"), tuple(TimeKind.MONTH_DAY, "--05-05"),
        tuple(TimeKind.YEAR, "2013"), tuple(TimeKind.RELATIVE_DAY, "today"));
  }

  @Test
  void aMonthBeforeADayIsADateEvenAfterAModifierOrWithADot() {
    List<TimeExpression> m = TimeFinder.find(
        "Fri., May. 3, 2013: the arrest early Aug. 2 and the hearing this August 2nd; 31 separate counts.", Optional.empty());
    assertThat(m).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        tuple("May. 3, 2013", "2013-05-03"), tuple("Aug. 2", "--08-02"), tuple("August 2nd", "--08-02"));
  }

  @Test
  void bothModesReadTheSameExpressionsWithTheSameSpans() {
    String text = "WASHINGTON, Sept. 4, 2013 (Reuters) - The envoy arrived on Monday, weeks after talks collapsed "
        + "last October and nearly seven months of war since October 7, 2023. Talks resume next week.";
    List<TimeExpression> whole = TimeFinder.find(text, Optional.of(PUBLISHED));
    assertThat(inSentences(text, Optional.of(PUBLISHED))).isEqualTo(whole);
    assertThat(whole).extracting(TimeExpression::text).containsExactly(
        "Sept. 4, 2013", "Monday", "last October", "seven months", "October 7, 2023", "next week");
  }

  @Test
  void skippingPositionsWhereNoExpressionCanStartFindsWhatTheFullScanFinds() {
    String text = "WASHINGTON, Sept. 4, 2013 (Reuters) - On Wednesday, 3rd of March 2011 and 2019-06-02 the council met "
        + "again; today, tonight and this morning, and last night, earlier in the day, officials said. Mondays are quiet. "
        + "A two-week ceasefire, an hour-long call, a day later and 32 days of fighting followed Jan 5 and December 2012. "
        + "The 1990s, 25th anniversary, twenty-one years, Twentieth Century Fox, 12 000 troops, Mayday, maybe may 3. "
        + "Next Tuesday, tomorrow, last year, several weeks ago, early June, mid-March, a decade, in May. "
        + "Fri., May. 3, 2013, early Aug. 2, this August 2nd, 31 separate counts, Sept. 2013, in Jan. "
        + "Ein Bericht vom 5. März; l'été 2019 à Paris; 2013年5月3日; x2013 and 2013x; Ōsaka on Monday's ballot.";
    for (Optional<LocalDate> published : List.of(Optional.<LocalDate>empty(), MONDAY_18_MARCH)) {
      assertThat(TimeFinder.find(text, published)).isNotEmpty()
          .isEqualTo(TimeFinder.findEverywhere(text, published));
    }
  }
}
