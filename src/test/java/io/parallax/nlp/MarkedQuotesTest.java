package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The attribution of quotations in marks by the quotes that hold them (the whole annotator, on the
 * same kind of text, is in {@code NewsAnnotatorIT}).
 */
class MarkedQuotesTest {

  private static Span words(String text, String w) {
    int s = text.indexOf(w);
    return new Span(s, s + w.length());
  }

  private static Quote quote(Span content, Span speakerSpan, String speaker, boolean direct) {
    return new Quote(content, Optional.ofNullable(speakerSpan), Optional.ofNullable(speaker), Optional.empty(),
        Optional.empty(), direct);
  }

  @Test
  void aQuotationTakesTheSpeakerOfTheDirectQuoteOfTheSameWords() {
    String text = "“The bridge will reopen in June,” said Transport Minister Lena Okafor.";
    Span inside = words(text, "The bridge will reopen in June,");
    Span okafor = words(text, "Transport Minister Lena Okafor");
    List<QuoteMention> q = MarkedQuotes.attributed(List.of(inside),
        List.of(quote(new Span(0, text.indexOf(" said")), okafor, "Lena Okafor", true)));
    assertThat(q).containsExactly(new QuoteMention(inside, Optional.of("Lena Okafor"), Optional.of(okafor)));
  }

  @Test
  void aFragmentTakesTheSpeakerOfTheReportedSpeechItSitsIn() {
    String text = "Sullivan said an operation in Rafah would be “a mistake” and a ‘temporary’ ferry runs.";
    Span sullivan = words(text, "Sullivan");
    Span reported = new Span(text.indexOf("an operation"), text.indexOf(" and a"));
    List<QuoteMention> q = MarkedQuotes.attributed(
        List.of(words(text, "a mistake"), words(text, "temporary")),
        List.of(quote(reported, sullivan, "Jake Sullivan", false)));
    assertThat(q).extracting(m -> m.content().textOf(text), m -> m.speaker().orElse(null),
            m -> m.speakerSpan().map(s -> s.textOf(text)).orElse(null))
        .containsExactly(tuple("a mistake", "Jake Sullivan", "Sullivan"), tuple("temporary", null, null));
  }

  @Test
  void aQuoteWithoutSpeakerGivesNoneAndOneThatContainsTheQuotationComesFirst() {
    String text = "\"We are consulting,\" officials said, \"and there is a better way.\"";
    Span first = words(text, "We are consulting,");
    Span second = words(text, "and there is a better way.");
    Span officials = words(text, "officials");
    List<QuoteMention> q = MarkedQuotes.attributed(List.of(first, second), List.of(
        quote(new Span(first.start(), text.indexOf(" officials") - 1), null, null, true),
        quote(new Span(text.indexOf("\"and"), text.length()), officials, "officials", false),
        quote(new Span(0, text.length()), officials, "the officials", true)));
    assertThat(q).extracting(m -> m.speaker().orElse(null)).containsExactly("the officials", "officials");
  }
}
