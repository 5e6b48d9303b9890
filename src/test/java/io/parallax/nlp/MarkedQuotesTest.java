package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedQuotesTest {

  @Test
  void speakersAfterBeforeAndByPronounAndContinuation() {
    String text = """
        “The bridge will reopen in June,” said Transport Minister Lena Okafor.
        Okafor told reporters: "We have checked every cable."
        "Nobody should worry," she added.
        "The inspectors agree with us."
        A ‘temporary’ ferry will run until then.""";
    List<QuoteMention> q = MarkedQuotes.find(text, List.of(new Span(0, text.length())));
    assertThat(q).extracting(m -> m.content().textOf(text)).containsExactly(
        "The bridge will reopen in June,", "We have checked every cable.", "Nobody should worry,",
        "The inspectors agree with us.", "temporary");
    // the speaker as written; the comparison drops the title ("Lena Okafor")
    assertThat(q).extracting(m -> m.speaker().orElse("-"))
        .containsExactly("Transport Minister Lena Okafor", "Okafor", "Okafor", "Okafor", "-");
  }

  @Test
  void aSpeakerAfterTwoClosingMarksStillSpeaks() {
    String text = "\"We are consulting,\" Sullivan said.\n\"There is a better way,'\" he added.";
    assertThat(MarkedQuotes.find(text, List.of(new Span(0, text.length()))))
        .extracting(m -> m.content().textOf(text), m -> m.speaker().orElse("-"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("We are consulting,", "Sullivan"),
            org.assertj.core.groups.Tuple.tuple("There is a better way,", "Sullivan"));
  }
}
