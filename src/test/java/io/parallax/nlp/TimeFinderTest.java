package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time expressions need no POS tags, so these run without the model. */
class TimeFinderTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13); // a Wednesday

  private static List<TimeExpression> find(String text, Optional<LocalDate> published) {
    TaggedText t = new TaggedText(text, List.of(new Span(0, text.length())), new NewsSentenceSplitter(),
        new NewsTokenizer(), words -> { String[] tags = new String[words.length]; Arrays.fill(tags, "NOUN"); return tags; });
    return new TimeFinder().find(t, published);
  }

  private static TimeExpression only(String text, String written) {
    return find(text, Optional.of(PUBLISHED)).stream().filter(e -> e.text().equals(written)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + written + "' in " + find(text, Optional.of(PUBLISHED))));
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
  }

  @Test
  void lastMonthNameIsTheMostRecentPastOne() {
    TimeExpression e = only("Fighting began last October.", "last October");
    assertThat(e.kind()).isEqualTo(TimeKind.MONTH);
    assertThat(e.start()).contains(LocalDate.of(2023, 10, 1));
    assertThat(e.end()).contains(LocalDate.of(2023, 10, 31));
  }

  @Test
  void durationsCarryAPeriod() {
    assertThat(only("The leaders had not spoken for 32 days.", "32 days").duration()).contains(Period.ofDays(32));
    TimeExpression war = only("After seven months of war, talks resumed.", "seven months");
    assertThat(war.kind()).isEqualTo(TimeKind.DURATION);
    assertThat(war.duration()).contains(Period.ofMonths(7));
    assertThat(war.relative()).isFalse();
  }

  @Test
  void agoAndWeeksResolveAgainstPublication() {
    assertThat(only("The strike happened two days ago.", "two days ago").start()).contains(LocalDate.of(2024, 3, 11));
    TimeExpression week = only("Talks resume next week.", "next week");
    assertThat(week.start()).contains(LocalDate.of(2024, 3, 18));
    assertThat(week.end()).contains(LocalDate.of(2024, 3, 24));
  }

  @Test
  void absoluteDatesNeedNoPublicationDateAndRelativeOnesStayOpen() {
    List<TimeExpression> es = find("On October 7, 2023, and again on Friday, it was reported.", Optional.empty());
    assertThat(es).extracting(TimeExpression::text).containsExactly("October 7, 2023", "Friday");
    assertThat(es.get(0).start()).contains(LocalDate.of(2023, 10, 7));
    assertThat(es.get(0).relative()).isFalse();
    assertThat(es.get(1).start()).isEmpty();
    assertThat(es.get(1).relative()).isTrue();
  }

  @Test
  void theModalVerbMayIsNotAMonth() {
    assertThat(find("Israel may launch an operation in May 2024.", Optional.of(PUBLISHED)))
        .extracting(TimeExpression::text).containsExactly("May 2024");
  }
}
