package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void anUnknownCommandPointsToTheTopLevelHelp() {
    CliRun r = CliRun.of("analyse", "corpus");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("parallax: Unmatched arguments").endsWith("(see 'parallax --help')" + System.lineSeparator());
  }

  @Test
  void theTopLevelHelpListsEachCommandInAWholeSentence() {
    CliRun r = CliRun.of("--help");

    assertThat(r.out().lines().filter(l -> l.startsWith("  analyze") || l.startsWith("  extract")
        || l.startsWith("  fetch") || l.startsWith("  demo")))
        .hasSize(4).allSatisfy(l -> assertThat(l).endsWith("."));
  }
}
