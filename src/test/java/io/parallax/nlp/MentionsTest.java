package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private static final String TEXT = "Mayor Ana Ruiz called the plan \"reckless.\" "
      + "\"We will not fund a stadium while schools close,\" the council said in a statement. "
      + "\"Our budget is balanced and our schools stay open,\" Ruiz said.";
  private static final List<Span> WHOLE = List.of(new Span(0, TEXT.length()));

  @Test
  void annotatedQuotesAddRuleFragmentsFillMissingSpeakersAndUseFullNames() {
    int q1 = TEXT.indexOf("\"We will") + 1;
    int q2 = TEXT.indexOf("\"Our budget") + 1;
    Span ruiz = new Span(TEXT.indexOf("Ana Ruiz"), TEXT.indexOf("Ana Ruiz") + 8);
    Annotations ann = new Annotations(List.of(),
        List.of(new Entity(ruiz, "Ana Ruiz", EntityType.PERSON, "Ana Ruiz")),
        List.of(
            new Quote(new Span(q1, TEXT.indexOf(",\" the council")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true),
            new Quote(new Span(q2, TEXT.indexOf(",\" Ruiz")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true)),
        List.of(), List.of(), List.of(
            new QuoteMention(new Span(TEXT.indexOf("reckless"), TEXT.indexOf("\" \"We")), Optional.empty(),
                Optional.empty()),
            new QuoteMention(new Span(q1, TEXT.indexOf("\" the council")), Optional.empty(), Optional.empty()),
            new QuoteMention(new Span(q2, TEXT.indexOf("\" Ruiz")), Optional.of("Ruiz"),
                Optional.of(new Span(TEXT.indexOf("Ruiz said"), TEXT.indexOf("Ruiz said") + 4)))),
        List.of());
    List<QuoteMention> quotes = Mentions.quotes(Optional.of(ann), TEXT, WHOLE);
    assertThat(quotes).extracting(q -> q.content().textOf(TEXT), q -> q.speaker().orElse(null))
        .containsExactly(
            tuple("reckless.", null),
            tuple("We will not fund a stadium while schools close", null),
            tuple("Our budget is balanced and our schools stay open", "Ana Ruiz"));
  }

  @Test
  void withoutAnnotationsTheDefaultAnnotatorReadsAndAttributesThem() {
    String text = "Mayor Ana Ruiz called the plan \"reckless.\"\n\n"
        + "\"We will not fund a stadium while schools close,\" the council said in a statement.\n\n"
        + "\"Our budget is balanced and our schools stay open,\" Ruiz said.";
    assertThat(Mentions.quotes(Optional.empty(), text, List.of(new Span(0, text.length()))))
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(
            tuple("reckless.", "Ana Ruiz"),
            tuple("We will not fund a stadium while schools close,", "the council"),
            tuple("Our budget is balanced and our schools stay open,", "Ana Ruiz"));
  }

  @Test
  void quantitiesAreTheReadersIntervalsAnnotatedOrNot() {
    String text = "More than 300 people left the town within three weeks, officials said on March 4.";
    List<Span> whole = List.of(new Span(0, text.length()));
    List<QuantityMention> read = Mentions.quantities(Optional.empty(), text, whole, Optional.empty());
    assertThat(read).containsExactly(
        new QuantityMention(new Span(0, text.indexOf(" left")), QuantityKind.COUNT, "more than", 300, Optional.empty(),
            "people"),
        new QuantityMention(new Span(text.indexOf("three"), text.indexOf(", off")), QuantityKind.DURATION, "", 21 * 0.85,
            Optional.of(21 * 1.15), "days"),
        new QuantityMention(new Span(text.indexOf("March"), text.length() - 1), QuantityKind.DATE, "", 64,
            Optional.of(64.0), "march"));
    Annotations ann = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(read.get(0)));
    assertThat(Mentions.quantities(Optional.of(ann), text, whole, Optional.empty())).containsExactly(read.get(0));
  }

  @Test
  void aSpeakerPhraseNamesThePersonAfterTheTitlesAndKeepsEveryOtherSourceWhole() {
    assertThat(Mentions.speakerName("White House National Security Adviser Jake Sullivan")).isEqualTo("Jake Sullivan");
    assertThat(Mentions.speakerName("Prime Minister Benjamin Netanyahu's")).isEqualTo("Benjamin Netanyahu");
    assertThat(Mentions.speakerName("White House")).isEqualTo("White House");
    assertThat(Mentions.speakerName("Bureau of Labor Statistics")).isEqualTo("Bureau of Labor Statistics");
    assertThat(Mentions.speakerName("a senior White House official")).isEqualTo("a senior White House official");
    assertThat(Mentions.speakerName("the US state department")).isEqualTo("the US state department");
  }
}
