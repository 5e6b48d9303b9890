package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.Reading;
import io.parallax.compare.Comparison.Verdict;
import io.parallax.model.Article;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two figures conflict only when they measure the same thing; what is measured is named in words. */
class DiscrepancyRolesTest {

  static ComparedArticle article(String id, String outlet, String published, String text) {
    return ComparedArticle.of(Article.builder(id, id, text).outlet(outlet)
        .published(OffsetDateTime.parse(published)).build());
  }

  @Test
  void aStakeIsNotACap() {
    List<ComparedArticle> event = List.of(
        article("t1", "Tech Wire", "2025-04-02T08:00:00Z",
            "Investor Bryn Halvard disclosed a 7% stake in the chipmaker Orrel on Tuesday. "
                + "Under the standstill agreement Halvard may not raise his holding in Orrel beyond a 12.5% cap."),
        article("t2", "Market Desk", "2025-04-02T10:00:00Z",
            "Bryn Halvard has taken a 7% stake in Orrel, the chipmaker said. "
                + "Orrel's board said Halvard agreed to a 12.5% cap on his holding in the chipmaker."));
    List<Discrepancy> ds = new EventComparator().compare(event).discrepancies();
    assertThat(ds).noneSatisfy(d -> assertThat(d.verdict()).isEqualTo(Verdict.CONFLICTING));
  }

  @Test
  void aDailyFigureIsNotATotal() {
    List<ComparedArticle> event = List.of(
        article("f1", "River News", "2025-06-10T07:00:00Z",
            "Floodwater in the Maren valley has forced 1,200 residents from their homes since Friday, officials said."),
        article("f2", "Valley Herald", "2025-06-10T09:00:00Z",
            "Officials in the Maren valley said about 300 residents a day have been forced from their homes by floodwater."));
    List<Discrepancy> ds = new EventComparator().compare(event).discrepancies();
    assertThat(ds).noneSatisfy(d -> assertThat(d.verdict()).isEqualTo(Verdict.CONFLICTING));
  }

  @Test
  void aForecastIsNotAnOutcome() {
    List<ComparedArticle> event = List.of(
        article("g1", "Capital Times", "2025-07-30T06:00:00Z",
            "Economists had expected Lindmark's economy to grow 2.4% in the second quarter, before the figures were published."),
        article("g2", "Business Daily", "2025-07-30T12:00:00Z",
            "Lindmark's economy grew 0.8% in the second quarter, the statistics office said."));
    List<Discrepancy> ds = new EventComparator().compare(event).discrepancies();
    assertThat(ds).noneSatisfy(d -> assertThat(d.verdict()).isEqualTo(Verdict.CONFLICTING));
  }

  @Test
  void aConflictNamesWhatIsMeasuredInWordsAndWhenEachFigureWasReported() {
    List<ComparedArticle> event = List.of(
        article("s1", "North Star", "2024-05-06T09:00:00Z",
            "Roughly 200,000 people are sheltering in the coastal city of Tavra, including many displaced families."),
        article("s2", "South Post", "2024-05-06T15:30:00Z",
            "More than a million people are sheltering in Tavra, a coastal city, including thousands of displaced families."));
    List<Discrepancy> ds = new EventComparator().compare(event).discrepancies();
    Discrepancy d = ds.stream().filter(x -> x.verdict() == Verdict.CONFLICTING).findFirst().orElseThrow();
    assertThat(d.about()).startsWith("people (").contains("sheltering", "including").doesNotContain("shelter,", "includ,");
    String all = (event.get(0).article().text() + " " + event.get(1).article().text()).toLowerCase(Locale.ROOT);
    Matcher words = Pattern.compile("\\((.*)\\)").matcher(d.about());
    assertThat(words.find()).isTrue();
    for (String w : words.group(1).split(", ")) assertThat(all).containsPattern("\\b" + Pattern.quote(w) + "\\b");
    assertThat(d.readings()).extracting(Reading::reported).extracting(o -> o.orElseThrow())
        .containsExactlyInAnyOrder("2024-05-06T09:00Z", "2024-05-06T15:30Z");
  }
}
