package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt a parser. The timeouts are hang guards far above the real cost (well under a
 * second each), not measurements.
 */
class HostilePagesIT {

  private static final Duration GUARD = Duration.ofSeconds(30);
  private static final String ARTICLE = "<p>The committee approved the budget on Tuesday after a debate that lasted"
      + " most of the night, with twelve votes in favour and three against.</p>"
      + "<p>The new budget raises spending on schools and roads, and cuts the cost of running the council offices"
      + " by a tenth over two years.</p>";

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void survivesOneHundredThousandNestedDivs() {
    String html = "<html><body>" + "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000) + "</body></html>";

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(html, Optional.empty()));

    assertThat(x.text()).contains("The committee approved the budget").contains("cuts the cost");
  }

  @Test
  void survivesUnclosedNestingOfMixedTags() {
    String html = "<html><body>" + "<div><span><b><i><table><tr><td>".repeat(20_000) + ARTICLE;

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(html, Optional.empty()));

    assertThat(x.text()).contains("The committee approved the budget");
  }

  @Test
  void ignoresTenMegabytesOfInlineScript() {
    String script = "<script>var data = \"" + "x<p>not text</p>".repeat(10 * 1024 * 1024 / 16) + "\";</script>";
    String html = "<html><head>" + script + "</head><body><article>" + ARTICLE + "</article>" + script
        + "</body></html>";

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(html, Optional.empty()));

    assertThat(x.text()).contains("The committee approved the budget").doesNotContain("not text");
  }

  @Test
  void makesSenseOfBrokenMarkup() {
    String html = "<html><head><title>Budget</head><body><div class=content><p>The committee approved the budget"
        + " on Tuesday after a debate that lasted most of the night, with twelve votes in favour.<p>The new budget"
        + " raises spending on schools & roads <b>and <i>cuts</b> the cost</i> of running the council offices by"
        + " a tenth.</div></span></td><p attr=\"unterminated>Closing words of the story that still count as text,"
        + " of a sort.<!-- unterminated comment";

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(html, Optional.empty()));

    assertThat(x.text()).contains("The committee approved the budget")
        .contains("raises spending on schools & roads and cuts the cost of running");
  }

  @Test
  void neverThrowsOnRandomBytesOrAWrongCharset() {
    Random random = new Random(7);
    byte[] noise = new byte[2_000_000];
    random.nextBytes(noise);
    byte[] lying = ("<meta charset=\"utf-16\"><meta charset=\"shift_jis\"><body>" + ARTICLE)
        .getBytes(StandardCharsets.UTF_8);

    Extraction fromNoise = assertTimeoutPreemptively(GUARD,
        () -> extractor.extract(noise, Optional.of("utf-8"), Optional.of("not a url")));
    Extraction fromLies = extractor.extract(lying, Optional.of("no-such-charset"), Optional.empty());

    assertThat(fromNoise.charset()).isEqualTo("windows-1252");
    assertThat(fromLies.text()).contains("The committee approved the budget");
  }

  @Test
  void cutsPagesAboveTheSizeLimit() {
    byte[] huge = ("<html><body>" + ARTICLE + "<p>" + "filler words ".repeat(1_400_000) + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(huge, Optional.empty(), Optional.empty()));

    assertThat(huge.length).isGreaterThan(HtmlExtractor.MAX_BYTES);
    assertThat(x.warnings()).anyMatch(w -> w.contains("only the first"));
  }

  @Test
  void readsATagWithTwoHundredThousandAttributesInLinearTime() {
    String html = "<html><body><article>" + ARTICLE + "</article><div" + " data-x=\"1\" class='a'".repeat(200_000);

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(html, Optional.empty()));

    assertThat(x.text()).contains("The committee approved the budget");
  }

  @Test
  void survivesThousandsOfUnclosedCommentsScriptsAndQuotes() {
    String html = "<html><body><article>" + ARTICLE + "</article>"
        + "<p title=\"never closed>text <script>x<!-- y <style>".repeat(50_000);

    Extraction x = assertTimeoutPreemptively(GUARD, () -> extractor.extract(html, Optional.empty()));

    assertThat(x.text()).contains("The committee approved the budget");
  }
}
