package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fast, untagged reading of event detection: numbers and names of a whole raw text. */
class LexicalScanTest {

  private static java.util.Set<String> numbers(String text) {
    return LexicalScan.numbers(text, TimeFinder.find(text, Optional.of(LocalDate.of(2024, 3, 10))));
  }

  @Test
  void numbersCarryTheirScaleAndPercentButNotDatesOrTimes() {
    assertThat(numbers("About 1.5 million people fled and 34,500 homes burned on March 3, 2024; 14% of the "
        + "vote, 20 to 30 trucks, $4 billion.")).containsExactly("n:14%", "n:1500000", "n:20", "n:30",
        "n:34500", "n:4000000000");
  }

  @Test
  void numbersInsideWordsAreNotNumbers() {
    assertThat(numbers("The COVID-19 ward used 5G phones and 12 beds.")).containsExactly("n:12");
  }

  @Test
  void namesAreCapitalisedRunsWithoutPossessivesOrSentenceInitialWords() {
    assertThat(LexicalScan.names("Police in Tel Aviv said Benjamin Netanyahu's aides met. On Monday, Netanyahu spoke."))
        .isEqualTo(java.util.Map.of("tel", 1, "aviv", 1, "tel aviv", 1, "benjamin", 1, "netanyahu", 2,
            "benjamin netanyahu", 1));
  }

  @Test
  void aTrailingApostropheKeepsTheRunTogether() {
    assertThat(LexicalScan.names("The Israelis' Hostage Forum met."))
        .isEqualTo(java.util.Map.of("israelis", 1, "hostage", 1, "forum", 1, "israelis hostage forum", 1));
  }

  @Test
  void monthsHolidaysTitlesAndSentenceOpenersAreNoNameTokens() {
    assertThat(java.util.stream.Stream.of("Hamas", "Netanyahu", "October", "Christmas", "Mr", "Meanwhile", "The", "A")
        .filter(LexicalScan::isNameToken)).containsExactly("Hamas", "Netanyahu");
  }

  @Test
  void nameRunsOverAStagesOwnTokensFollowTheUntaggedRule() {
    List<String> words = List.of("Officials", "in", "Gaza", "City", "and", "The", "Hague", "met", "Hamas-run", "Health", "Ministry");
    // the caller says which words may open a name (not the sentence's first) and where a name may go on
    assertThat(LexicalScan.nameRuns(words, k -> k != 0, k -> !words.get(k - 1).contains("-")))
        .containsExactly(new TokenRange(2, 4), new TokenRange(6, 7), new TokenRange(8, 9), new TokenRange(9, 11));
  }
}
