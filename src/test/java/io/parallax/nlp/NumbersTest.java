package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One table of number words: every reader of numbers accepts the same words with the same values. */
class NumbersTest {

  @Test
  void readsDigitsWordsAndAnArticleBeforeAScale() {
    assertThat(Numbers.parse("34,500")).isEqualTo(34500.0);
    assertThat(Numbers.parse("Seventeen")).isEqualTo(17.0);
    assertThat(Numbers.parse("ninety")).isEqualTo(90.0);
    assertThat(Numbers.parse("a dozen")).isEqualTo(12.0);
    assertThat(Numbers.parse("a million")).isEqualTo(1e6);
    assertThat(Numbers.parse("an")).isEqualTo(1.0);
    assertThat(Numbers.parse("many")).isNaN();
  }

  @Test
  void aNumberWordTakesTheScaleWordsAfterIt() {
    assertThat(Numbers.parse("two hundred thousand")).isEqualTo(200_000.0);
    assertThat(Numbers.parse("One-hundred")).isEqualTo(100.0);
    assertThat(TimeFinder.find("One hundred years after the fire, and two hundred days on.", Optional.empty()))
        .extracting(TimeExpression::value).containsExactly("100 year", "200 day");
  }

  @Test
  void aScaleWordAloneIsNoNumber() {
    assertThat(Numbers.parse("hundred")).isNaN();
    String text = "Several hundred protesters marched for a hundred days.";
    assertThat(QuantityReader.read(text, List.of(new Span(0, text.length()))).intervals())
        .extracting(m -> m.span().textOf(text)).containsExactly("a hundred days");
    assertThat(TimeFinder.find(text, Optional.empty())).extracting(TimeExpression::value)
        .containsExactly("100 day");
  }

  @Test
  void aScaleWordAfterANumberMultipliesIt() {
    String text = "Two dozen diplomats left.";
    TaggedText t = new TaggedText(text, List.of(new Span(0, text.length())), new NewsSentenceSplitter(),
        new NewsTokenizer(), words -> Arrays.stream(words).map(w -> w.equals("left") ? "VERB" : w.equals(".") ? "PUNCT" : "NOUN")
            .toArray(String[]::new));
    assertThat(QuantityReader.read(t, List.of()).quantities()).extracting(Quantity::text, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Two dozen diplomats", 24.0));
    assertThat(QuantityReader.read(text, List.of(new Span(0, text.length()))).intervals().get(0).low()).isEqualTo(24.0);
  }

  @Test
  void theAlternationTriesLongerWordsFirst() {
    assertThat(Numbers.WORD).startsWith("seventeen|").contains("seventy|").contains("|seven|");
    assertThat("seventeen".matches("(?:" + Numbers.WORD + ")")).isTrue();
  }

  @Test
  void theTimeReadersAndTheQuantityReaderAcceptTheSameWords() {
    String text = "Sixteen soldiers died after seventy years of peace.";
    assertThat(TimeFinder.find(text, Optional.empty())).extracting(TimeExpression::value)
        .containsExactly("70 year");
    List<QuantityMention> q = QuantityReader.read(text, List.of(new Span(0, text.length()))).intervals();
    assertThat(q).extracting(m -> m.span().textOf(text)).containsExactly("Sixteen soldiers", "seventy years");
    assertThat(q.get(0).low()).isEqualTo(16.0);
  }
}
