package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

  static final Optional<LocalDate> MONDAY_18_MARCH = Optional.of(LocalDate.of(2024, 3, 18));

  @Test
  void resolvesRelativeDaysAgainstThePublicationDate() {
    List<TimeExpressions.Mention> m = TimeExpressions.find(
        "Biden spoke with Netanyahu on Monday. The pair last spoke on February 15, 32 days earlier.", MONDAY_18_MARCH);

    assertThat(m).extracting(TimeExpressions.Mention::kind, TimeExpressions.Mention::value, TimeExpressions.Mention::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TimeExpressions.Kind.WEEKDAY, "monday", MONDAY_18_MARCH),
            org.assertj.core.groups.Tuple.tuple(TimeExpressions.Kind.MONTH_DAY, "02-15", Optional.of(LocalDate.of(2024, 2, 15))),
            org.assertj.core.groups.Tuple.tuple(TimeExpressions.Kind.DURATION, "32 day", Optional.empty()));
  }

  @Test
  void aMonthDayAfterPublicationBelongsToThePreviousYear() {
    List<TimeExpressions.Mention> m = TimeExpressions.find("The strike began on December 28.", Optional.of(LocalDate.of(2024, 1, 3)));
    assertThat(m.get(0).date()).contains(LocalDate.of(2023, 12, 28));
  }

  @Test
  void readsAbsoluteDatesAndSpelledOutDurationsWithoutAPublicationDate() {
    List<TimeExpressions.Mention> m = TimeExpressions.find(
        "May 03, 2013. Lohan began a 90-day stay; the war is in its seventh month after seven months of fighting.", Optional.empty());
    assertThat(m).extracting(TimeExpressions.Mention::value).containsExactly("2013-05-03", "90 day", "7 month");
    assertThat(m.get(0).date()).contains(LocalDate.of(2013, 5, 3));
  }

  @Test
  void theEventDateOfAnArticleComesFromItsLead() {
    Article a = Article.builder("x", "x",
            "Firefighters contained a blaze at a chemical plant near Houston on Tuesday, officials said. "
                + "The fire broke out in a storage tank shortly after nine in the morning and burned for hours. "
                + "Residents within a mile were told to stay indoors as a precaution. "
                + "The plant had a similar fire on June 2, 2019.")
        .published(LocalDate.of(2024, 8, 15).atStartOfDay().atOffset(ZoneOffset.UTC)).build();

    ArticleFeatures f = new FeatureExtractor().extract(a);

    assertThat(f.date()).contains(LocalDate.of(2024, 8, 13));
    assertThat(f.names()).containsKeys("houston").doesNotContainKey("firefighters");
    assertThat(f.times()).contains("d:2024-08-13", "wd:tuesday", "y:2019").doesNotContain("d:2019-06-02");
  }

  @Test
  void skippingPositionsWhereNoExpressionCanStartFindsWhatTheFullScanFinds() {
    String text = "WASHINGTON, Sept. 4, 2013 (Reuters) - On Wednesday, 3rd of March 2011 and 2019-06-02 the council met "
        + "again; today, tonight and this morning, and last night, earlier in the day, officials said. Mondays are quiet. "
        + "A two-week ceasefire, an hour-long call, a day later and 32 days of fighting followed Jan 5 and December 2012. "
        + "The 1990s, 25th anniversary, twenty-one years, Twentieth Century Fox, 12 000 troops, Mayday, maybe may 3. "
        + "Ein Bericht vom 5. März; l'été 2019 à Paris; 2013年5月3日; x2013 and 2013x; Ōsaka on Monday's ballot.";
    for (Optional<LocalDate> published : List.of(Optional.<LocalDate>empty(), MONDAY_18_MARCH)) {
      assertThat(TimeExpressions.find(text, published)).isNotEmpty()
          .isEqualTo(TimeExpressions.findEverywhere(text, published));
    }
  }
}
