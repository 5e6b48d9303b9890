package io.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureCleanerTest {

  private final Cleaner cleaner = new FurnitureCleaner();

  private CleanArticle cleanOne(String text) {
    return cleaner.clean(List.of(Article.builder("a", "test", text).build())).get(0);
  }

  private static Article sample(String name) throws IOException {
    try (var files = Files.list(Path.of("corpus/rafah-2024"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
      return Article.builder(name, p.toString(), Files.readString(p, StandardCharsets.UTF_8)).build();
    }
  }

  @Test
  void aStoryHighlightsBoxAndItsBulletsAreFurniture() {
    CleanArticle c = cleanOne("""
        STORY HIGHLIGHTS
        Bridge closes for six weeks from Monday
        Ferries every fifteen minutes
        The harbour bridge will close for six weeks, the council said.
        Ferries will run every fifteen minutes.""");

    assertThat(c.removed()).extracting(Removal::reason).containsOnly("story highlights box").hasSize(3);
    assertThat(c.text()).isEqualTo("The harbour bridge will close for six weeks, the council said.\n\n"
        + "Ferries will run every fifteen minutes.");
  }

  @Test
  void commentPromptsPaywallAndCookieNoticesAreFurniture() {
    CleanArticle c = cleanOne("""
        We use cookies to personalise content and ads. By clicking Accept all you agree to our cookie policy.
        The harbour bridge will close for six weeks, the council said.
        Subscribe now to continue reading.
        What do you think? Let us know in the comments.""");

    assertThat(c.removed()).extracting(Removal::reason).containsOnly("comment prompt, paywall or cookie notice").hasSize(3);
    assertThat(c.text()).isEqualTo("The harbour bridge will close for six weeks, the council said.");
  }

  @Test
  void aSignUpBlockOnThreePagesOfOneSiteIsFurnitureWhereverItStands() {
    String block = "The Morning Brief: the day's top stories from the Courier, delivered to your inbox every weekday.";
    List<Article> pages = List.of(
        courier("a", "The bridge will close for six weeks.\nEngineers found corroded cables.\nThe cables date from 1962.\nRepairs were due in 2030.\n" + block
            + "\nFerries will run instead.\nBuses will use the tunnel.\nThe work costs 14 million pounds.\nIt ends in June."),
        courier("b", "The council met on Monday.\nIt approved the budget.\nThe debate took four hours.\nTwo members walked out.\n" + block
            + "\nTaxes will rise by 2 percent.\nSchools get more money.\nThe vote was 30 to 12.\nIt takes effect in April."),
        courier("c", "A storm hit the coast.\nTrees fell on two roads.\nWinds reached 90 km/h.\nA pier was damaged.\n" + block
            + "\nPower was cut to 3,000 homes.\nCrews worked through the night.\nMost homes had power by noon.\nSchools stayed open."));

    List<CleanArticle> clean = cleaner.clean(pages);

    assertThat(clean).allSatisfy(c -> assertThat(c.text()).doesNotContain("Morning Brief"));
    assertThat(clean.get(0).removed()).extracting(Removal::reason)
        .containsExactly("promotion block repeated on 3 pages of The Courier");
    // on two pages only, a mid-text line is left alone: it may be the site's own reporting
    assertThat(cleaner.clean(pages.subList(0, 2)).get(0).text()).contains("Morning Brief");
  }

  private static Article courier(String id, String text) {
    return Article.builder(id, "test", text).outlet("The Courier").build();
  }

  @Test
  void removesCaptionWithAgencyCreditAndNamesTheAgency() {
    CleanArticle c = cleanOne("Prime Minister Rishi Sunak speaks in London. Reuters\nThe budget passed on Tuesday.");
    assertThat(c.removed()).extracting(Removal::text, Removal::reason)
        .containsExactly(tuple("Prime Minister Rishi Sunak speaks in London. Reuters", "image caption with photo credit"));
    assertThat(c.article().agency()).contains("Reuters");
    assertThat(c.text()).isEqualTo("The budget passed on Tuesday.");
  }

  @Test
  void removesRelatedLinkListIncludingHeadlinesThatFollowIt() {
    CleanArticle c = cleanOne("""
        The storm made landfall at dawn.
        Related: Flooding closes schools across the county
        Power cuts expected to last a week
        Officials said 200,000 homes lost power.""");
    assertThat(c.removed()).extracting(Removal::reason).containsExactly("related-links line", "related-links line");
    assertThat(c.text()).isEqualTo("The storm made landfall at dawn.\n\nOfficials said 200,000 homes lost power.");
  }

  @Test
  void creditLinesNameTheOutletAndTheAgency() {
    CleanArticle c = cleanOne("""
        Lawmakers voted 52-48 to pass the bill.
        The Associated Press contributed to this report.
        Read the full report at WashingtonExaminer.com.""");
    assertThat(c.article().agency()).contains("AP");
    assertThat(c.article().outlet()).contains("Washington Examiner");
    assertThat(c.removed()).extracting(Removal::reason)
        .containsExactly("contributor credit", "link to the full report elsewhere");
    assertThat(c.inferred()).extracting(Inference::field, Inference::value)
        .containsExactly(tuple("agency", "AP"), tuple("outlet", "Washington Examiner"));
  }

  @Test
  void possessiveCreditNamesTheOutletWithoutItsDigitalDesk() {
    CleanArticle c = cleanOne("The vote is set for Friday.\nNBC News Digital's Jane Roe contributed to this report.");
    assertThat(c.article().outlet()).contains("NBC News");
  }

  @Test
  void metadataOutletIsNeverOverwritten() {
    Article a = Article.builder("a", "t", "Text of the story.\nFor more BBC news and newsletters create an account at")
        .outlet("Daily Planet").build();
    CleanArticle c = cleaner.clean(List.of(a)).get(0);
    assertThat(c.article().outlet()).contains("Daily Planet");
    assertThat(c.removed()).extracting(Removal::reason).containsExactly("newsletter/account prompt");
  }

  @Test
  void keepsQuotedSentencesThatMentionAgencies() {
    String text = "\"We will not comment,\" a spokesman told Reuters.\nShe said the photo was taken by AP.";
    assertThat(cleanOne(text).removed()).isEmpty();
  }

  @Test
  void removesBoilerplateRepeatedAcrossArticlesOfOneOutlet() {
    Article a = Article.builder("a", "t", "Storm hits coast.\nThe storm made landfall at dawn, officials said.\nGet the Gazette app for alerts on your phone")
        .outlet("Gazette").build();
    Article b = Article.builder("b", "t", "Council votes on budget.\nThe council approved the budget on Monday.\nGet the Gazette app for alerts on your phone")
        .outlet("Gazette").build();
    Article other = Article.builder("c", "t", "Markets fell.\nGet the Gazette app for alerts on your phone").outlet("Herald").build();
    List<CleanArticle> cleaned = cleaner.clean(List.of(a, b, other));
    assertThat(cleaned.get(0).removed()).extracting(Removal::reason)
        .containsExactly("boilerplate repeated in 2 articles of Gazette");
    assertThat(cleaned.get(1).removed()).hasSize(1);
    assertThat(cleaned.get(2).removed()).isEmpty();
  }

  @Test
  void sampleCorpusFurnitureIsRemovedAndOutletsFound() throws IOException {
    List<CleanArticle> c = cleaner.clean(List.of(sample("000"), sample("001"), sample("002"), sample("003"), sample("004")));
    assertThat(c.get(0).removed()).extracting(Removal::reason).containsExactly("related-links line", "related-links line");
    assertThat(c.get(1).article().outlet()).contains("Ahram Online");
    assertThat(c.get(1).article().agency()).contains("AFP");
    assertThat(c.get(1).removed()).extracting(Removal::reason)
        .containsExactly("image caption with photo credit", "editorial note", "share/permalink line");
    assertThat(c.get(2).article().outlet()).contains("CNN");
    assertThat(c.get(2).removed()).extracting(Removal::reason)
        .containsExactly("editorial note", "newsletter/account prompt");
    assertThat(c.get(3).article().outlet()).contains("The Hill");
    assertThat(c.get(3).removed()).extracting(Removal::reason).containsExactly("link to the full report elsewhere");
    assertThat(c.get(4).article().outlet()).contains("Fox News");
    assertThat(c.get(4).removed()).extracting(Removal::reason).containsExactly("contributor credit");
    for (CleanArticle a : c) {
      assertThat(a.text()).doesNotContain("Short link", "Read the full report", "create an account",
          "edited by", "contributed to this report", "Related ");
    }
  }

  @Test
  void publicationDatelineGivesThePublicationDateWhenMetadataLacksIt() {
    CleanArticle c = cleanOne("""
        Flood waters rise in the valley
        PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013
        Residents were evacuated on Sunday as the river burst its banks.""");
    assertThat(c.removed()).extracting(Removal::reason).containsExactly("publication dateline");
    assertThat(c.article().published()).hasValueSatisfying(p -> assertThat(p.toLocalDate()).hasToString("2013-06-09"));
    assertThat(c.inferred()).extracting(Inference::field).containsExactly("published");
  }

  @Test
  void updateDatelineIsFurnitureButNotAPublicationDate() {
    CleanArticle c = cleanOne("Updated: January 6, 2011, 11: 34 AM ET\nThe vote was postponed until spring.");
    assertThat(c.removed()).extracting(Removal::reason).containsExactly("update dateline");
    assertThat(c.article().published()).isEmpty();
  }

  @Test
  void sentencesAboutPublishingAreNotDatelines() {
    assertThat(cleanOne("Published in 2013, the report found 40 violations.\nIt was updated twice.").removed()).isEmpty();
  }
}
