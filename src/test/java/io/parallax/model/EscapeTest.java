package io.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

  @Test
  void terminalTextLosesControlsBidiOverridesAndLineBreaks() {
    String title = "Bridge\u001b]0;owned\u0007 closes\u202E sriaper\u202C\nin \u009b2JMarch\ud800";

    assertThat(Escape.terminal(title)).isEqualTo("Bridge]0;owned closes sriaper in 2JMarch\uFFFD");
  }

  @Test
  void pairedSurrogatesStayAsTheyAre() {
    assertThat(Escape.terminal("Flood \uD83C\uDF0A warning")).isEqualTo("Flood \uD83C\uDF0A warning");
  }
}
