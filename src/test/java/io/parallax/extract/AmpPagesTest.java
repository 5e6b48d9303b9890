package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * AMP versions of article pages ({@code <html amp>} or {@code <html ⚡>}): the outlet, the canonical
 * (non-AMP) URL and the body come from AMP markup, as crawls hold many such pages. Made-up pages in the
 * shapes of the WordPress AMP plugin and of a news site's AMP template.
 */
class AmpPagesTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String PARAGRAPHS = "<p>The harbour bridge will close to all traffic for six weeks from Monday"
      + " while engineers replace corroded cables, the city council said on Thursday.</p>"
      + "<amp-img src=\"/img/bridge.jpg\" width=\"800\" height=\"450\" layout=\"responsive\" alt=\"The bridge at dusk\">"
      + "<noscript><img src=\"/img/bridge.jpg\" alt=\"The bridge at dusk\"></noscript></amp-img>"
      + "<p>Ferries will run every fifteen minutes during the closure, and buses will be diverted through the tunnel,"
      + " adding about twenty minutes to journeys across the bay, officials said.</p>"
      + "<p>The work, which will cost 14 million pounds, was brought forward after an inspection in January found"
      + " that several cables had lost more than a third of their strength.</p>";

  @Test
  void aWordPressAmpPageGivesItsSiteNameCanonicalUrlAndBody() {
    String html = "<!doctype html><html amp lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Harbour bridge to close for six weeks &#8211; The Coastal Courier</title>"
        + "<link rel=\"canonical\" href=\"https://www.coastalcourier.example/2024/03/14/harbour-bridge-to-close/\">"
        + "<script async src=\"https://cdn.ampproject.org/v0.js\"></script></head><body class=\"single-post\">"
        + "<header id=\"top\" class=\"amp-wp-header\"><div><a href=\"https://www.coastalcourier.example/\">The Coastal Courier</a>"
        + "</div></header><article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\">"
        + "<h1 class=\"amp-wp-title\">Harbour bridge to close for six weeks</h1></header>"
        + "<div class=\"amp-wp-article-content\">" + PARAGRAPHS + "</div>"
        + "<footer class=\"amp-wp-article-footer\"><div class=\"amp-wp-meta amp-wp-tax-category\">Categories: Local</div>"
        + "</footer></article><amp-analytics type=\"gtag\"><script type=\"application/json\">{\"vars\":{}}</script>"
        + "</amp-analytics><footer class=\"amp-wp-footer\"><p>&copy; 2024 The Coastal Courier</p>"
        + "<a href=\"#top\" class=\"back-to-top\">Back to top</a></footer></body></html>";

    Extraction x = extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(),
        Optional.of("https://www.coastalcourier.example/2024/03/14/harbour-bridge-to-close/amp/"));

    assertThat(x.outlet()).contains("The Coastal Courier");
    assertThat(x.url()).contains("https://www.coastalcourier.example/2024/03/14/harbour-bridge-to-close/");
    assertThat(x.title()).contains("Harbour bridge to close for six weeks");
    assertThat(x.text()).startsWith("The harbour bridge will close").endsWith("more than a third of their strength.")
        .doesNotContain("bridge at dusk").doesNotContain("Categories");
  }

  @Test
  void aNewsSiteAmpPageWithALightningHtmlAndSidebarGivesTheBodyAlone() {
    String html = "<!doctype html><html \u26A1 lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<title>Harbour bridge to close for six weeks | Coastal Courier</title>"
        + "<link rel=\"canonical\" href=\"/news/harbour-bridge-to-close\">"
        + "<meta name=\"amp-google-client-id-api\" content=\"googleanalytics\"></head><body>"
        + "<amp-sidebar id=\"menu\" layout=\"nodisplay\"><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport"
        + "</a></li></ul></amp-sidebar><div class=\"page\"><h1>Harbour bridge to close for six weeks</h1>"
        + "<div class=\"story-body\">" + PARAGRAPHS
        + "<amp-social-share type=\"twitter\"></amp-social-share>"
        + "<amp-carousel layout=\"fixed-height\" height=\"200\" type=\"carousel\"><div class=\"slide\"><a href=\"/news/ferry\">"
        + "Ferry fares to rise in April</a></div><div class=\"slide\"><a href=\"/news/tunnel\">Tunnel toll frozen</a></div>"
        + "</amp-carousel></div></div></body></html>";

    Extraction x = extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(),
        Optional.of("https://amp.coastalcourier.example/news/harbour-bridge-to-close.amp"));

    assertThat(x.outlet()).contains("Coastal Courier");
    assertThat(x.url()).contains("https://amp.coastalcourier.example/news/harbour-bridge-to-close");
    assertThat(x.language()).contains("en-GB");
    assertThat(x.text()).startsWith("The harbour bridge will close").endsWith("more than a third of their strength.");
  }
}
