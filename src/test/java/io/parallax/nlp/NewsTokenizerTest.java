package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

  private final Tokenizer tokenizer = new NewsTokenizer();

  @Test
  void keepsNumbersAbbreviationsAndCompoundsWhole() {
    String text = "More than 34,500 people (80%) left the U.S.-backed safe-haven, Biden's aides said.";
    assertThat(tokenizer.tokenize(text)).extracting(s -> s.textOf(text)).containsExactly(
        "More", "than", "34,500", "people", "(", "80%", ")", "left", "the", "U.S.", "-", "backed",
        "safe-haven", ",", "Biden's", "aides", "said", ".");
  }

  @Test
  void longRunsOfLettersNumbersAndInitialsAreTokenizedWithoutOverflowingTheStack() {
    String genome = "ACGT".repeat(625);                                                   // 2,500 characters
    String numbers = IntStream.range(0, 2000).mapToObj(Integer::toString).collect(Collectors.joining(","));
    String initials = "A.A.".repeat(775);                                                 // 3,100 characters
    String hyphens = "a-".repeat(2000) + "a";
    for (String run : List.of(genome, numbers, initials, hyphens)) {
      List<Span> tokens = tokenizer.tokenize(run);
      assertThat(tokens.stream().map(s -> s.textOf(run)).collect(Collectors.joining())).isEqualTo(run);
    }
    assertThat(tokenizer.tokenize(genome)).containsExactly(new Span(0, 2500));
  }
}
