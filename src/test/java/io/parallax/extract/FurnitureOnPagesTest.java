package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Furniture seen on real news pages, in made-up pages of the same shape: a highlights box, comment
 * prompts, paywall notices, a cookie-consent banner. The body text comes through without them.
 */
class FurnitureOnPagesTest {

  private static final String BODY = "<p>The harbour bridge will close to all traffic for six weeks from Monday while"
      + " engineers replace corroded cables, the city council said on Thursday.</p>"
      + "<p>Ferries will run every fifteen minutes during the closure, and buses will be diverted through the tunnel,"
      + " adding about twenty minutes to journeys across the bay, officials said.</p>"
      + "<p>The work, which will cost 14 million pounds, was brought forward after an inspection in January found"
      + " that several cables had lost more than a third of their strength.</p>";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private String text(String body) {
    String html = "<html><head><title>Harbour bridge to close for six weeks</title></head><body>" + body + "</body></html>";
    return extractor.extract(html, Optional.empty()).text();
  }

  @Test
  void aStoryHighlightsBoxIsNotBodyText() {
    String text = text("<div class=\"cnn_strycntntlft\"><div class=\"cnn_strylctcntr\"><h2>STORY HIGHLIGHTS</h2>"
        + "<ul class=\"cnn_bulletbin\"><li>Bridge closes for six weeks from Monday</li><li>Ferries every fifteen minutes</li>"
        + "<li>Corroded cables found in January</li></ul></div></div><div class=\"cnn_strycntntrgt\">" + BODY + "</div>");

    assertThat(text).startsWith("The harbour bridge will close").doesNotContain("STORY HIGHLIGHTS")
        .doesNotContain("Ferries every fifteen minutes");
  }

  @Test
  void commentPromptsAndPaywallNoticesAreNotBodyText() {
    String text = text("<div class=\"entry\">" + BODY
        + "<p>What do you think about the closure? Let us know in the comments below.</p>"
        + "<p>This article is for subscribers only. Subscribe now to continue reading, or log in if you already have"
        + " an account.</p>"
        + "<p>You have reached your limit of free articles this month.</p></div>");

    assertThat(text).startsWith("The harbour bridge will close").endsWith("more than a third of their strength.");
  }

  @Test
  void aCookieBannerIsNeverTheArticle() {
    String banner = "<div class=\"notice\"><p>We use cookies and similar technologies to improve your experience,"
        + " personalise content and ads, and analyse our traffic. By clicking \"Accept all\", you agree to the storing"
        + " of cookies on your device. You can change your preferences at any time in our cookie settings.</p>"
        + "<p>Accept all</p><p>Manage preferences</p></div>";

    assertThat(text(banner + "<div id=\"app\"></div>")).isEmpty();
    assertThat(text(banner + "<article>" + BODY + "</article>")).startsWith("The harbour bridge will close")
        .doesNotContain("cookies");
  }
}
