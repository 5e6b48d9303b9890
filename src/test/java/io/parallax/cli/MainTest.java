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

  @Test
  void argumentErrorsFoundByTheParserAndByACommandAreReportedTheSameWay() {
    CliRun unknownOption = CliRun.of("brief", "corpus/rafah-2024", "--stories-from", "story", "--out", "x", "--bogus");
    CliRun notAFile = CliRun.of("brief", "corpus/rafah-2024", "--stories-from", "story", "--out", "x");

    for (CliRun r : java.util.List.of(unknownOption, notAFile)) {
      assertThat(r.code()).isEqualTo(ExitCode.USAGE.code()).isEqualTo(2);
      assertThat(r.err().lines()).singleElement().satisfies(line ->
          assertThat(line).startsWith("parallax: ").endsWith("(see 'parallax brief --help')"));
    }
    assertThat(notAFile.err()).contains("input corpus/rafah-2024 is not a file; pass a JSONL file of articles");
  }

  @Test
  void theHelpOfEachCommandThatReadsArticlesNamesTheWebFormatsItReads() {
    for (String command : java.util.List.of("analyze", "extract", "index")) {
      String help = CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
      assertThat(help).as(command).contains(".html").contains(".rss").contains(".warc");
    }
  }
}
