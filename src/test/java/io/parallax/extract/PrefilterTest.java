package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrefilterTest {

  private static String strip(String html) {
    return new String(Prefilter.strip(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void emptiesNavigationIncludingNestedMenusAndScriptsThatMentionItsEndTag() {
    String html = "<body><nav class=\"site-menu\"><ul><li><a href=\"/world\">World</a></li>"
        + "<li><nav><a href=\"/sport\">Sport</a></nav></li></ul>"
        + "<script>menu.innerHTML = '</nav>';</script><!-- </nav> --></nav>"
        + "<p class=\"lede\">The council met on Thursday.</p></body>";

    assertThat(strip(html)).isEqualTo("<body><nav></nav><p class=\"lede\">The council met on Thursday.</p></body>");
  }

  @Test
  void keepsANavigationBlockThatNeverClosesAsItIs() {
    String html = "<body><NAV id=\"top\"><a href=\"/\">Home</a><p>Rain is forecast for the weekend.</p></body>";

    assertThat(strip(html)).isEqualTo("<body><NAV id=\"top\"><a>Home</a><p>Rain is forecast for the weekend.</p></body>");
  }

  @Test
  void dropsFormControlsAndLinksThatMetadataNeverReads() {
    String html = "<head><link rel=\"stylesheet\" href=\"/main.css\"><link rel=\"canonical\" href=\"https://x.test/a\">"
        + "</head><body><p>Pick an edition <select name=\"ed\"><option>UK</option><option>US</option></select>"
        + " or search <input type=\"text\" name=\"q\">here.</p></body>";

    assertThat(strip(html)).isEqualTo("<head><link rel=\"canonical\" href=\"https://x.test/a\"></head><body>"
        + "<p>Pick an edition  or search here.</p></body>");
  }

  @Test
  void findsTagsAtEveryOffsetOfTheWordAtATimeSearch() {
    for (int pad = 0; pad < 20; pad++) {
      String text = "x".repeat(pad);
      String html = text + "<script>var a = 1 < 2;</script>" + text + "<p data-id=\"7\">Hello</p>";

      assertThat(strip(html)).isEqualTo(text + " " + text + "<p>Hello</p>");
    }
  }

  @Test
  void copiesATagWhoseQuotedValueRunsIntoTheNextTagUnchanged() {
    String html = "<p>Before <a title=\"broken>here</a> <b class=\"k\">after</b>\"</p>";

    assertThat(strip(html)).isEqualTo("<p>Before <a title=\"broken>here</a> <b class=\"k\">after</b>\"</p>");
  }
}
