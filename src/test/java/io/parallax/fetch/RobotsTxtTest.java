package io.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

  private static final String ROBOTS = """
      # a typical news site
      User-agent: *
      Disallow: /search
      Disallow: /*.pdf$
      Allow: /search/about
      Crawl-delay: 2

      User-agent: GPTBot
      User-agent: ParallaxBot
      Disallow: /archive/
      Allow: /archive/public/
      Crawl-delay: 5
      """;

  @Test
  void usesTheGroupNamingTheAgent() {
    RobotsTxt rules = RobotsTxt.parse(ROBOTS, "ParallaxBot/0.1 (+https://example.org)");

    assertThat(rules.allows("/archive/2019/story")).isFalse();
    assertThat(rules.allows("/archive/public/story")).isTrue();
    assertThat(rules.allows("/search?q=x")).isTrue(); // the * group does not apply to a named agent
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(5));
  }

  @Test
  void fallsBackToTheStarGroupWithLongestMatchAndWildcards() {
    RobotsTxt rules = RobotsTxt.parse(ROBOTS, "OtherBot/2.0");

    assertThat(rules.allows("/search?q=bridge")).isFalse();
    assertThat(rules.allows("/search/about")).isTrue();
    assertThat(rules.allows("/files/report.pdf")).isFalse();
    assertThat(rules.allows("/files/report.pdf?download=1")).isTrue();
    assertThat(rules.allows("/news/2024/bridge")).isTrue();
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(2));
  }

  @Test
  void anEmptyDisallowAllowsEverything() {
    assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "ParallaxBot").allows("/anything")).isTrue();
  }
}
