package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/web/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void keepsTheArticleParagraphsAndDropsEverythingAroundThem() throws IOException {
    Extraction x = extractor.extract(resource("harbour-article.html"), Optional.empty(), Optional.empty());

    assertThat(x.text()).isEqualTo(String.join("\n\n",
        "The harbour bridge will close to all traffic for six weeks from 2 April while engineers replace corroded"
            + " cables, the city council said on Thursday.",
        "Drivers will be diverted through the eastern tunnel, which the council expects to add up to 20 minutes to"
            + " journeys at peak times. Buses will run on a temporary timetable, and the ferry service will add two"
            + " early sailings.",
        "Why now?",
        "Inspections last autumn found that water had reached the steel inside several cable sheaths, according to"
            + " a report published by the council's engineering department in January.",
        "\"We would rather close the bridge on our terms than have it closed for us,\" said Mei Lin, who chairs the"
            + " transport committee. \"Every week we wait, the repair gets bigger.\"",
        "Local businesses on the southern shore said they feared losing trade, and asked the council to waive"
            + " parking charges during the closure."));
  }

  @Test
  void readsMetadataInTrustOrder() throws IOException {
    Extraction x = extractor.extract(resource("harbour-article.html"), Optional.empty(), Optional.empty());

    assertThat(x.title()).contains("Harbour bridge to close for six weeks of repairs");
    // JSON-LD (08:30+01:00) wins over OpenGraph (07:30Z): same instant here, JSON-LD's offset kept
    assertThat(x.published()).contains(OffsetDateTime.parse("2024-03-14T08:30:00+01:00"));
    assertThat(x.modified()).contains(OffsetDateTime.parse("2024-03-15T10:00:00+01:00"));
    assertThat(x.authors()).containsExactly("Priya Natarajan", "Tom O'Hare");
    assertThat(x.outlet()).contains("The Coastal Courier");
    assertThat(x.url()).contains("https://www.coastalcourier.example/news/2024/03/14/harbour-bridge-repairs");
    assertThat(x.language()).contains("en-GB");
    assertThat(x.charset()).isEqualTo("UTF-8");
  }

  @Test
  void turnsAnExtractionIntoAnArticle() throws IOException {
    var article = extractor.extract(resource("harbour-article.html"), Optional.empty(), Optional.empty())
        .toArticle("harbour-article", "web/harbour-article.html");

    assertThat(article.id()).isEqualTo("harbour-article");
    assertThat(article.outlet()).contains("The Coastal Courier");
    assertThat(article.text()).startsWith("The harbour bridge will close");
  }

  @Test
  void joinsTextSeparatedByLineBreaksIntoParagraphs() {
    String html = "<html><body><div class='menu'><a href='/'>Home</a> <a href='/about'>About</a></div>"
        + "<div class='post'>The first paragraph of a blog post written with line breaks, as old blogs do.<br><br>"
        + "A second paragraph, which continues the story and adds a detail or two.<br>\n<br>"
        + "And a third paragraph, closing the post with a thought.</div></body></html>";

    Extraction x = extractor.extract(html, Optional.empty());

    assertThat(x.text()).isEqualTo("The first paragraph of a blog post written with line breaks, as old blogs do."
        + "\n\nA second paragraph, which continues the story and adds a detail or two."
        + "\n\nAnd a third paragraph, closing the post with a thought.");
  }

  @Test
  void fallsBackToJsonLdArticleBodyWhenThePageRendersItsBodyByScript() {
    String body = "Officials in the northern province confirmed on Monday that the dam had been reopened after"
        + " three weeks of inspections, and that water levels downstream were back to normal for the season.\\n\\n"
        + "Farmers who had been told to move their livestock to higher ground said they would wait another week"
        + " before returning, citing the heavy rain forecast for the coming days and the damage to local roads.";
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Dam"
        + " reopens\",\"articleBody\":\"" + body + "\"}</script></head><body><div id='app'></div>"
        + "<div class='footer-links'><a href='/a'>About us</a> <a href='/c'>Contact</a></div></body></html>";

    Extraction x = extractor.extract(html, Optional.empty());

    assertThat(x.text()).startsWith("Officials in the northern province confirmed on Monday")
        .contains("\n\nFarmers who had been told");
    assertThat(x.warnings()).anyMatch(w -> w.contains("articleBody"));
  }

  @Test
  void datesTheArticleFromItsUrlWhenThePageSaysNothing() {
    String html = "<html><body><article><p>A short note about the weather that is long enough to count as a"
        + " paragraph of text.</p></article></body></html>";

    Extraction x = extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(),
        Optional.of("https://news.example.org/2023/07/05/weather-note"));

    assertThat(x.published()).contains(OffsetDateTime.parse("2023-07-05T00:00:00Z"));
    assertThat(x.url()).contains("https://news.example.org/2023/07/05/weather-note");
    assertThat(x.outlet()).contains("news.example.org");
  }

  @Test
  void cleansBylines() {
    assertThat(Authors.clean(List.of("By JANE DOE and John Roe, Staff Writers")))
        .containsExactly("JANE DOE", "John Roe");
    assertThat(Authors.clean(List.of("Written by Ana María López | Updated March 3, 2024 10:15 am")))
        .containsExactly("Ana María López");
    assertThat(Authors.clean(List.of("Associated Press", "https://www.facebook.com/someone")))
        .isEmpty();
  }

  @Test
  void prefersTheStoryOverALongerCommentThreadAndDropsCredits() throws IOException {
    Extraction x = extractor.extract(resource("wire-story-with-comments.html"), Optional.empty(), Optional.empty());

    assertThat(x.text()).isEqualTo(String.join("\n\n",
        "TOKYO (Ledger) - Asian shares slipped on Tuesday as doubts about a trade deal between the two largest"
            + " economies crept back in, while the dollar held near a two-week high.",
        "MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.4%, after three days of gains, and"
            + " Japan's Nikkei lost 0.5%.",
        "Index Close Change",
        "Nikkei 23,292 -0.5%",
        "Hang Seng 27,093 -0.3%",
        "\"Investors want to see a signature, not another promise,\" said Akira Mori, a strategist in Tokyo,"
            + " adding that volumes were thin."));
    assertThat(x.charset()).isEqualTo("windows-1252");
    assertThat(x.title()).contains("Markets slip as trade doubts return");
    assertThat(x.published()).contains(OffsetDateTime.parse("2019-11-19T00:00:00Z"));
  }

  @Test
  void joinsABodySplitByAnAdvert() throws IOException {
    Extraction x = extractor.extract(resource("split-by-advert.html"), Optional.empty(), Optional.empty());

    assertThat(x.text().split("\n\n")).hasSize(5);
    assertThat(x.text()).startsWith("The coast road between the harbour and the lighthouse stayed closed")
        .contains("\n\nResidents of the northern villages face a detour")
        .endsWith("until the road reopens.")
        .doesNotContain("Advertisement").doesNotContain("Storm warning extended");
  }

  @Test
  void leavesOutAGridOfTeasersWithoutTellingClassNames() throws IOException {
    Extraction x = extractor.extract(resource("teaser-grid.html"), Optional.empty(), Optional.empty());

    assertThat(x.text()).isEqualTo(String.join("\n\n",
        "The central library reopened on Saturday after a two-year renovation that added a children's wing, a roof"
            + " garden and three hundred new study places.",
        "Hundreds of readers queued before the doors opened at nine, and the first books were borrowed within"
            + " minutes, staff said.",
        "The renovation cost twelve million, a third more than planned, because of repairs to the roof that were"
            + " found only after work began."));
  }

  @Test
  void readsParagraphsWrittenAsDivs() throws IOException {
    Extraction x = extractor.extract(resource("div-paragraphs.html"), Optional.empty(), Optional.empty());

    assertThat(x.text()).isEqualTo("The town council voted on Monday to scrap parking charges in the old town for a"
        + " trial period of six months, starting in January.\n\nShop owners had asked for the change for years,"
        + " saying that the charges kept shoppers away, while residents worried about more traffic in narrow"
        + " streets.");
  }

  private static final String BODY = "<article><p>The harbour bridge will close to all traffic for six weeks from 2 April"
      + " while engineers replace corroded cables, the city council said on Thursday.</p><p>Drivers will be"
      + " diverted through the eastern tunnel, which adds up to 20 minutes at peak times.</p></article>";

  @Test
  void theSiteNameAndDateAfterAHeadlineAreNotPartOfTheTitle() {
    for (String[] page : new String[][] {
        {"Harbour bridge to close for six weeks | DW | 19.01.2020", "DW"},
        {"Harbour bridge to close for six weeks - BBC News", "BBC News"}}) {
      String html = "<html><head><meta property=\"og:title\" content=\"" + page[0] + "\"><meta property=\"og:site_name\""
          + " content=\"" + page[1] + "\"></head><body>" + BODY + "</body></html>";

      Extraction x = extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty());

      assertThat(x.title()).contains("Harbour bridge to close for six weeks");
    }
  }

  @Test
  void bylinesWithEntitiesAsidesAndPlaceholdersGiveOnlyTheNames() {
    assertThat(Authors.clean(List.of("Lindsey O&#8217;Donnell", "Maanvi Singh (now with the Guardian)", "No Author")))
        .containsExactly("Lindsey O\u2019Donnell", "Maanvi Singh");
  }

  @Test
  void placeNamesInABylineAreADatelineNotAuthors() {
    assertThat(Authors.clean(List.of("Hamburg, Germany"))).isEmpty();
    assertThat(Authors.clean(List.of("By Jane Doe, Berlin"))).containsExactly("Jane Doe");
    assertThat(Authors.clean(List.of("WASHINGTON"))).isEmpty();
    assertThat(Authors.clean(List.of("Maanvi Singh (now", "No Author", "Paris Hilton"))).containsExactly("Maanvi Singh", "Paris Hilton");
  }

  @Test
  void aPageWhoseAuthorMetaIsADatelineHasNoAuthors() {
    String html = "<html><head><title>Port strike ends</title><meta name=\"author\" content=\"Hamburg, Germany\"></head>"
        + "<body><article><p>Dock workers in Hamburg ended a three-day strike on Friday after the union and the port"
        + " operators agreed on a pay rise of five percent over two years, the union said.</p></article></body></html>";

    Extraction x = extractor.extract(html, Optional.empty());

    assertThat(x.authors()).isEmpty();
  }

  @Test
  void aFeedTitleWithASectionGivesTheOutletAlone() {
    assertThat(HtmlExtractor.outletName("NYT > Top Stories")).contains("NYT");
    assertThat(HtmlExtractor.outletName("Reuters: World News")).contains("Reuters");
  }
}
