package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSentenceSplitterTest {

  private final SentenceSplitter splitter = new NewsSentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.textOf(text)).toList();
  }

  @Test
  void keepsTitlesAndPartyAbbreviationsInsideTheSentence() {
    assertThat(sentences("Senate Majority Leader Chuck Schumer (D-N.Y.) spoke. Sen. Michael Bennet (D-Colo.) listened."))
        .containsExactly("Senate Majority Leader Chuck Schumer (D-N.Y.) spoke.",
            "Sen. Michael Bennet (D-Colo.) listened.");
  }

  @Test
  void keepsMilitaryRanksAndDatesTogether() {
    assertThat(sentences("IDF spokesman Rear Adm. Daniel Hagari said strikes began Oct. 7 at dawn. Gen. Mark Milley agreed."))
        .containsExactly("IDF spokesman Rear Adm. Daniel Hagari said strikes began Oct. 7 at dawn.",
            "Gen. Mark Milley agreed.");
  }

  @Test
  void splitsAfterAcronymOnlyWhenANewSentenceFollows() {
    assertThat(sentences("Aid reached the U.S. The ship docked. She met U.S. President Joe Biden."))
        .containsExactly("Aid reached the U.S.", "The ship docked.", "She met U.S. President Joe Biden.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(sentences("“It would be a mistake.” Sullivan said so twice. \"Why now?\" he asked."))
        .containsExactly("“It would be a mistake.”", "Sullivan said so twice.", "\"Why now?\" he asked.");
  }

  @Test
  void dashesAndCommasDoNotEndSentences() {
    assertThat(sentences("A ground operation would be a mistake — it would lead to deaths, he said."))
        .containsExactly("A ground operation would be a mistake — it would lead to deaths, he said.");
  }

  @Test
  void lineBreaksEndSentencesAndOffsetsPointIntoTheText() {
    String text = "Headline without stop\n\n  First line. Second line.\n";
    List<Span> spans = splitter.split(text);
    assertThat(spans).containsExactly(new Span(0, 21), new Span(25, 36), new Span(37, 49));
  }

  @Test
  void initialsAreNotSentenceEnds() {
    assertThat(sentences("The memo was written by J. Edgar Hoover in 1950. It surfaced later."))
        .containsExactly("The memo was written by J. Edgar Hoover in 1950.", "It surfaced later.");
  }

  @Test
  void splitsOnlyInsideTheRequestedRegion() {
    String text = "Skip me. Take this one. And this.";
    assertThat(splitter.split(text, new Span(9, text.length())))
        .extracting(s -> s.textOf(text)).containsExactly("Take this one.", "And this.");
  }
}
