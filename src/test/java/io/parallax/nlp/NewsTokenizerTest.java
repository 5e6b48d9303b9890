package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

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
}
