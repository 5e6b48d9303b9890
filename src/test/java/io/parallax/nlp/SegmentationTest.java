package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationTest {

  @Test
  void regionsAreCutAtLineBreaksThenIntoSentences() {
    String text = "Talks resumed.\n  Both sides met. Nothing was agreed";
    assertThat(Segmentation.sentences(text, List.of(new Span(0, text.length()))))
        .extracting(s -> s.textOf(text))
        .containsExactly("Talks resumed.", "Both sides met.", "Nothing was agreed");
  }

  @Test
  void tokensLeaveOutLoneSpaces() {
    String text = "Gaza\u00a0City \u200b, 2024"; // the tokenizer alone gives the no-break and zero-width spaces
    assertThat(Segmentation.tokens(text, new Span(0, text.length()))).extracting(s -> s.textOf(text))
        .containsExactly("Gaza", "City", ",", "2024");
  }
}
