package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeMentionsTest {

  static final Optional<LocalDate> MONDAY_18_MARCH = Optional.of(LocalDate.of(2024, 3, 18));

  @Test
  void resolvesRelativeDaysAgainstThePublicationDate() {
    List<TimeMentions.Mention> m = TimeMentions.find(
        "Biden spoke with Netanyahu on Monday. The pair last spoke on February 15, 32 days earlier.", MONDAY_18_MARCH);

    assertThat(m).extracting(TimeMentions.Mention::kind, TimeMentions.Mention::value, TimeMentions.Mention::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TimeMentions.Kind.WEEKDAY, "monday", MONDAY_18_MARCH),
            org.assertj.core.groups.Tuple.tuple(TimeMentions.Kind.MONTH_DAY, "02-15", Optional.of(LocalDate.of(2024, 2, 15))),
            org.assertj.core.groups.Tuple.tuple(TimeMentions.Kind.DURATION, "32 day", Optional.empty()));
  }

  @Test
  void aMonthDayAfterPublicationBelongsToThePreviousYear() {
    List<TimeMentions.Mention> m = TimeMentions.find("The strike began on December 28.", Optional.of(LocalDate.of(2024, 1, 3)));
    assertThat(m.get(0).date()).contains(LocalDate.of(2023, 12, 28));
  }

  @Test
  void readsAbsoluteDatesAndSpelledOutDurationsWithoutAPublicationDate() {
    List<TimeMentions.Mention> m = TimeMentions.find(
        "May 03, 2013. Lohan began a 90-day stay; the war is in its seventh month after seven months of fighting.", Optional.empty());
    assertThat(m).extracting(TimeMentions.Mention::value).containsExactly("2013-05-03", "90 day", "7 month");
    assertThat(m.get(0).date()).contains(LocalDate.of(2013, 5, 3));
  }

  @Test
  void skippingPositionsWhereNoExpressionCanStartFindsWhatTheFullScanFinds() {
    String text = "WASHINGTON, Sept. 4, 2013 (Reuters) - On Wednesday, 3rd of March 2011 and 2019-06-02 the council met "
        + "again; today, tonight and this morning, and last night, earlier in the day, officials said. Mondays are quiet. "
        + "A two-week ceasefire, an hour-long call, a day later and 32 days of fighting followed Jan 5 and December 2012. "
        + "The 1990s, 25th anniversary, twenty-one years, Twentieth Century Fox, 12 000 troops, Mayday, maybe may 3. "
        + "Ein Bericht vom 5. März; l'été 2019 à Paris; 2013年5月3日; x2013 and 2013x; Ōsaka on Monday's ballot.";
    for (Optional<LocalDate> published : List.of(Optional.<LocalDate>empty(), MONDAY_18_MARCH)) {
      assertThat(TimeMentions.find(text, published)).isNotEmpty()
          .isEqualTo(TimeMentions.findEverywhere(text, published));
    }
  }
}
