package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written news passages, one behaviour each (loads the POS model, hence an IT). */
class NewsAnnotatorIT {

  private static NewsAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new NewsAnnotator();
  }

  private static Annotations annotate(String text) {
    return annotator.annotate(Article.builder("t", "test", text)
        .published(OffsetDateTime.parse("2024-05-08T10:00:00Z")).build());
  }

  private static String content(String text, Quote q) {
    return q.content().textOf(text);
  }

  @Test
  void scareQuotesAndDurationsAndDatesAreAnnotatedByTheRuleStages() {
    String text = "The mayor called the ferry a ‘temporary’ fix. The bridge closed for more than a month "
        + "and will reopen on June 3, officials said.";
    Annotations ann = annotate(text);
    // the scare quote is the mayor's word: it sits in what the quote finder reads as the mayor's speech
    assertThat(ann.markedQuotes()).extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(tuple("temporary", "The mayor"));
    assertThat(ann.intervals()).extracting(m -> m.span().textOf(text), QuantityMention::kind, QuantityMention::high)
        .containsExactly(
            tuple("more than a month", QuantityKind.DURATION, Optional.empty()),
            tuple("June 3", QuantityKind.DATE, Optional.of(155.0)));
    assertThat(ann.intervals().get(0).low()).isCloseTo(30.44, offset(1e-9));
  }

  @Test
  void quotationsInMarksTakeTheQuoteFindersSpeakersAfterBeforeByPronounAndByContinuation() {
    String text = """
        “The bridge will reopen in June,” said Transport Minister Lena Okafor.

        Okafor told reporters: "We have checked every cable."

        "Nobody should worry," she added.

        "The inspectors agree with us."

        A ‘temporary’ ferry will run until then.""";
    assertThat(annotate(text).markedQuotes())
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(
            tuple("The bridge will reopen in June,", "Lena Okafor"),
            // "Okafor told reporters:": the tagger reads the sentence-first surname as a preposition,
            // the Penn mapping makes it the name before a finite verb
            tuple("We have checked every cable.", "Lena Okafor"),
            tuple("Nobody should worry,", "Lena Okafor"),
            tuple("The inspectors agree with us.", "Lena Okafor"),
            tuple("temporary", null));
  }

  @Test
  void aQuotationParagraphAfterReportedSpeechKeepsItsSpeaker() {
    String text = """
        Fire Chief Daniel Moreau said the warehouse blaze was contained by early Tuesday and that no workers were hurt.

        “Crews stayed on the roof through the night and kept the flames away from the fuel tanks.”

        The company will inspect the building on Friday.""";
    assertThat(annotate(text).markedQuotes())
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(tuple("Crews stayed on the roof through the night and kept the flames away from the fuel tanks.",
            "Daniel Moreau"));
  }

  @Test
  void aQuotationSentenceAfterReportedSpeechKeepsItsSpeaker() {
    String text = "Spokesman John Kirby said the strikes had hit only military targets. “We will keep reviewing "
        + "every report that reaches us, and we will say so if we were wrong.”";
    assertThat(annotate(text).markedQuotes())
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(tuple("We will keep reviewing every report that reaches us, and we will say so if we were wrong.",
            "John Kirby"));
  }

  @Test
  void aQuotationAfterReportedSpeechAndAnotherPersonNamedStaysUnattributed() {
    String text = """
        Mayor Ana Ruiz said the city would pay for the repairs. Residents met council member Tom Becker on Monday.

        “Every family on this street will be back in its home before winter.”""";
    assertThat(annotate(text).markedQuotes())
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(tuple("Every family on this street will be back in its home before winter.", null));
  }

  @Test
  void aQuotationAfterTwoClosingMarksStillHasItsSpeaker() {
    String text = "\"We are consulting,\" Sullivan said.\n\"There is a better way,'\" he added.";
    assertThat(annotate(text).markedQuotes())
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(tuple("We are consulting,", "Sullivan"), tuple("There is a better way,", "Sullivan"));
  }

  @Test
  void aFragmentInReportedSpeechTakesItsSpeaker() {
    String text = "National security adviser Jake Sullivan said on Monday that a major ground operation "
        + "in Rafah would be “a mistake.”";
    assertThat(annotate(text).markedQuotes())
        .extracting(q -> q.content().textOf(text), q -> q.speaker().orElse(null))
        .containsExactly(tuple("a mistake.", "Jake Sullivan"));
  }

  @Test
  void reportedSpeechWithThatClauseKeepsThatAndResolvesTheShortName() {
    String text = "Secretary of State Antony Blinken arrived in Cairo on Tuesday.\n\n"
        + "Blinken told reporters that a ceasefire deal was within reach.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("that a ceasefire deal was within reach");
    assertThat(qs.get(0).speaker()).contains("Antony Blinken");
    assertThat(qs.get(0).speakerSpan().map(s -> s.textOf(text))).contains("Blinken");
    assertThat(qs.get(0).cueVerb()).contains("tell");
    assertThat(qs.get(0).direct()).isFalse();
  }

  @Test
  void reportedSpeechInsideReportedSpeechIsOneAttribution() {
    String text = "Governor Roy Cooper said on Monday he believes the storm will spare the coast.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("he believes the storm will spare the coast");
    assertThat(qs.get(0).speaker()).contains("Roy Cooper");
  }

  @Test
  void reportedInfinitiveStopsBeforeTheWritersParticiple() {
    String text = "Governor Maria Lopez promised to quickly cut taxes on small firms, focusing on rural counties.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("to quickly cut taxes on small firms");
    assertThat(qs.get(0).speaker()).contains("Maria Lopez");
  }

  @Test
  void quotationThenASpeakerWithAppositivesThenTheVerb() {
    String text = "\"It will not pass the Senate,\" Laura Chen, a budget analyst at the Brookings Institution "
        + "and a former Treasury official, said of the plan.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("\"It will not pass the Senate,\"");
    assertThat(qs.get(0).speaker()).contains("Laura Chen");
    assertThat(qs.get(0).direct()).isTrue();
  }

  @Test
  void trailingAttributionKeepsItsQuotationWhenACircumstanceFollowsTheVerb() {
    String text = "\"We will rebuild every house on this street,\" Governor Tom Reyes said after the storm passed.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("\"We will rebuild every house on this street,\"");
    assertThat(qs.get(0).speaker()).contains("Tom Reyes");
  }

  @Test
  void aQuotationAndTheReportedClauseAfterAddingAreTwoQuotesOfOneSpeaker() {
    String text = "“It is too early to say,” the fire chief said, adding that crews would need “several days” to finish.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).extracting(q -> content(text, q))
        .containsExactly("“It is too early to say,”", "that crews would need “several days” to finish");
    assertThat(qs).allSatisfy(q -> assertThat(q.speakerSpan().map(s -> s.textOf(text))).contains("the fire chief"));
  }

  @Test
  void aQuotedTitleIsNotAQuote() {
    String text = "On the latest episode of “The Steve Harvey Morning Show With Friends,” the host took calls "
        + "from listeners in Atlanta.";
    assertThat(annotate(text).quotes()).isEmpty();
  }

  @Test
  void reportedClauseEndsWhereTheWriterStartsAClauseOfTheirOwn() {
    String text = "The central bank announced that it would hold rates steady, and the decision lifted stocks across Asia.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).extracting(q -> content(text, q)).containsExactly("that it would hold rates steady");
  }

  @Test
  void theSubjectOfAPassiveCueIsNotItsSpeaker() {
    String text = "The former mayor was accused of hiding the audit from the city council.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("hiding the audit from the city council");
    assertThat(qs.get(0).speaker()).isEmpty();
    assertThat(qs.get(0).speakerSpan()).isEmpty();
  }

  @Test
  void quotationSplitByTheAttributionIsOneQuote() {
    String text = "\"We are not going to stop,\" said Mayor Karen Bass, \"until every family has a home.\"";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).content()).isEqualTo(new Span(0, text.length()));
    assertThat(qs.get(0).speaker()).contains("Karen Bass");
    assertThat(qs.get(0).direct()).isTrue();
  }

  @Test
  void pronounSpeakerResolvesToTheLastPersonNamed() {
    String text = "Senator Elizabeth Warren spoke to a crowd in Boston.\n\n"
        + "“This is about who our economy works for,” she said.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("“This is about who our economy works for,”");
    assertThat(qs.get(0).speakerSpan().map(s -> s.textOf(text))).contains("she");
    assertThat(qs.get(0).speaker()).contains("Elizabeth Warren");
  }

  @Test
  void accordingToAttributesTheClauseToAnOrganisation() {
    String text = "The talks will resume next week, according to the State Department.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("The talks will resume next week");
    assertThat(qs.get(0).speaker()).contains("State Department");
    assertThat(qs.get(0).cueVerb()).contains("according to");
  }

  @Test
  void roleNounResolvesThroughTheTitleGivenEarlier() {
    String text = "Israeli Prime Minister Benjamin Netanyahu met the delegation on Sunday.\n\n"
        + "The prime minister said the operation would go ahead.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).contains("Benjamin Netanyahu");
  }

  @Test
  void aQuotationWithNoAttributionAtAllHasNoSpeaker() {
    String text = "\"The border will stay closed until further notice for all travellers.\"";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEmpty();
    assertThat(qs.get(0).direct()).isTrue();
  }

  @Test
  void entitiesLinkShortFormsToTheFullName() {
    String text = "White House spokesman John Kirby spoke on Monday. Kirby said more aid was needed.";
    List<Entity> es = annotate(text).entities();
    assertThat(es).extracting(Entity::text).contains("John Kirby", "Kirby", "White House");
    assertThat(es).filteredOn(e -> e.text().equals("Kirby"))
        .singleElement().satisfies(e -> {
          assertThat(e.canonical()).isEqualTo("John Kirby");
          assertThat(e.type()).isEqualTo(EntityType.PERSON);
        });
    assertThat(es).filteredOn(e -> e.text().equals("White House"))
        .singleElement().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void quantitiesCarryValueUnitAndHedge() {
    String text = "At least 27 people were killed and more than 34,500 Palestinians have died, "
        + "while nearly 80% of residents fled and between 20 and 30 trucks entered.";
    List<Quantity> qs = annotate(text).quantities();
    assertThat(qs).extracting(Quantity::text).containsExactly(
        "At least 27 people", "more than 34,500 Palestinians", "nearly 80%", "between 20 and 30 trucks");
    assertThat(qs.get(0).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(qs.get(1).value()).isEqualTo(34_500.0);
    assertThat(qs.get(1).unit()).isEqualTo("palestinians");
    assertThat(qs.get(2).unit()).isEqualTo("%");
    assertThat(qs.get(2).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(qs.get(3).qualifier()).isEqualTo(Qualifier.RANGE);
    assertThat(qs.get(3).upTo()).contains(30.0);
  }

  @Test
  void timesResolveAgainstThePublicationDate() {
    String text = "The envoy arrived on Monday, weeks after talks collapsed last October "
        + "and nearly seven months of war since October 7, 2023.";
    List<TimeExpression> ts = annotate(text).times();
    TimeExpression monday = ts.stream().filter(t -> t.text().equals("Monday")).findFirst().orElseThrow();
    assertThat(monday.start()).contains(LocalDate.of(2024, 5, 6));
    assertThat(monday.relative()).isTrue();
    TimeExpression october = ts.stream().filter(t -> t.text().equals("last October")).findFirst().orElseThrow();
    assertThat(october.start()).contains(LocalDate.of(2023, 10, 1));
    assertThat(october.end()).contains(LocalDate.of(2023, 10, 31));
    TimeExpression war = ts.stream().filter(t -> t.text().equals("seven months")).findFirst().orElseThrow();
    assertThat(war.duration()).contains(Period.ofMonths(7));
    TimeExpression date = ts.stream().filter(t -> t.text().equals("October 7, 2023")).findFirst().orElseThrow();
    assertThat(date.start()).contains(LocalDate.of(2023, 10, 7));
    assertThat(date.relative()).isFalse();
  }

  @Test
  void relativeTimesStayUnresolvedWithoutAPublicationDate() {
    String text = "Talks resume on Friday.";
    List<TimeExpression> ts = annotator.annotate(Article.builder("t", "test", text).build()).times();
    assertThat(ts).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Friday");
      assertThat(t.start()).isEqualTo(Optional.empty());
      assertThat(t.relative()).isTrue();
    });
  }

  @Test
  void nothingOutsideTheRegionsIsAnnotated() {
    String text = "Share this article\n\"We will rebuild,\" the mayor said.\nSubscribe for 5 dollars";
    int start = text.indexOf('"');
    int end = text.indexOf("\nSubscribe");
    Annotations a = annotator.annotate(Article.builder("t", "test", text).build(), List.of(new Span(start, end)));
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.content().start()).isEqualTo(start));
    assertThat(a.quantities()).isEmpty();
    assertThat(a.sentences()).allSatisfy(s -> assertThat(s.start()).isGreaterThanOrEqualTo(start));
  }

  @Test
  void appositiveRoleLetsALaterRoleNounSpeak() {
    String text = "Matthew Miller, the State Department spokesman, said the aid would arrive soon.\n\n"
        + "The spokesman added that two crossings would open on Sunday.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker()).contains("Matthew Miller");
    assertThat(content(text, qs.get(0))).isEqualTo("the aid would arrive soon");
    assertThat(qs.get(1).speakerSpan().map(s -> s.textOf(text))).contains("The spokesman");
    assertThat(qs.get(1).speaker()).contains("Matthew Miller");
  }

  @Test
  void aQuotationRunningOverParagraphsIsOneQuote() {
    String text = "Governor Josh Shapiro said: \"We will rebuild this bridge in weeks, not months.\n\n"
        + "\"And we will do it with union labor.\"\n\nCrews started work on Tuesday.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).startsWith("\"We will rebuild").endsWith("union labor.\"");
    assertThat(qs.get(0).speaker()).contains("Josh Shapiro");
    assertThat(qs.get(0).direct()).isTrue();
  }

  @Test
  void leadingAccordingToAttributesTheRestOfTheSentence() {
    String text = "According to the Gaza health ministry, more than 34,500 people have been killed.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("more than 34,500 people have been killed");
    assertThat(qs.get(0).speakerSpan().map(s -> s.textOf(text))).contains("the Gaza health ministry");
  }

  @Test
  void toldReportersOnMondayThatSkipsTheObjectAndTheDate() {
    String text = "Defense Secretary Lloyd Austin told reporters on Monday that the review was complete.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(content(text, qs.get(0))).isEqualTo("that the review was complete");
    assertThat(qs.get(0).speaker()).contains("Lloyd Austin");
    assertThat(qs.get(0).cue().map(s -> s.textOf(text))).contains("told");
  }

  @Test
  void aSpeakerDescribedButNotNamedIsNotReplacedByANameInsideThePhrase() {
    String text = "A spokeswoman for Hillary Clinton said the campaign had not seen the letter.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).contains("A spokeswoman for Hillary Clinton");
  }

  @Test
  void pronounPrefersTheSubjectOverAPersonMentionedInPassing() {
    String text = "Speaking on Monday, Jake Sullivan declined to say whether Benjamin Netanyahu had raised "
        + "concerns about Chuck Schumer's speech. But he said the president was not focused on politics.";
    List<Quote> qs = annotate(text).quotes();
    Quote said = qs.stream().filter(q -> q.cueVerb().equals(Optional.of("say"))
        && q.speakerSpan().map(s -> s.textOf(text)).equals(Optional.of("he"))).findFirst().orElseThrow();
    assertThat(said.speaker()).contains("Jake Sullivan");
    assertThat(content(text, said)).isEqualTo("the president was not focused on politics");
  }

  @Test
  void moneyAndUnspecifiedMultitudes() {
    String text = "The plan would cost more than $4 trillion, and hundreds of thousands of families "
        + "could lose five previous Security Council protections.";
    List<Quantity> qs = annotate(text).quantities();
    assertThat(qs).extracting(Quantity::text).containsExactly("more than $4 trillion",
        "hundreds of thousands of families", "five previous Security Council protections");
    assertThat(qs.get(0).unit()).isEqualTo("$");
    assertThat(qs.get(0).value()).isEqualTo(4e12);
    assertThat(qs.get(1).qualifier()).isEqualTo(Qualifier.UNSPECIFIED_MANY);
    assertThat(qs.get(1).unit()).isEqualTo("families");
    assertThat(qs.get(2).unit()).isEqualTo("protections");
  }

  @Test
  void transcriptTurnsAreAttributedToTheirSpeaker() {
    String text = "Partial transcript as follows:\n\nWALLACE: Will she be at the debate tomorrow night?\n\n"
        + "PENCE: Well, the question really should be why the campaign invited him.";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).extracting(q -> q.speakerSpan().map(s -> s.textOf(text)).orElse(null))
        .containsExactly("WALLACE", "PENCE");
    assertThat(content(text, qs.get(1))).isEqualTo("Well, the question really should be why the campaign invited him.");
  }

  @Test
  void aNameTheTaggerMistakesForAnAdjectiveStillSpeaks() {
    String text = "Trump said, “When people come back from war, a lot of people can’t handle it.”";
    List<Quote> qs = annotate(text).quotes();
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speakerSpan().map(s -> s.textOf(text))).contains("Trump");
      assertThat(q.direct()).isTrue();
    });
  }

  @Test
  void aSpeechVerbTheTaggerReadsAsAPluralNounStillOpensAThatClause() {
    String text = "The World Bank expects that Brazil's economy will grow by 2 percent next year.";
    assertThat(annotate(text).quotes()).singleElement().satisfies(q -> {
      assertThat(content(text, q)).isEqualTo("that Brazil's economy will grow by 2 percent next year");
      assertThat(q.speaker()).contains("World Bank");
    });
  }

  @Test
  void theObjectOfToldEndsAtTheSubjectOfTheReportedClause() {
    String text = "Governor Maura Healey told voters this week she would veto the bill if it reached her desk.";
    assertThat(annotate(text).quotes()).singleElement().satisfies(q -> {
      assertThat(content(text, q)).isEqualTo("she would veto the bill if it reached her desk");
      assertThat(q.speaker()).contains("Maura Healey");
    });
  }

  @Test
  void theCircumstanceOfAStanceIsNotPartOfItsContent() {
    String text = "The court rejected that argument in a ruling released on Friday.";
    assertThat(annotate(text).quotes()).singleElement()
        .satisfies(q -> assertThat(content(text, q)).isEqualTo("that argument"));
  }

  @Test
  void theWritersButClauseAndAnAppositiveAfterANameEndTheContent() {
    String a = "Senator Susan Collins said the budget was balanced, but many economists disagree with her numbers.";
    String b = "Mr. Ortiz said he would back Rep. Ann Kuster, a former state senator, in the primary.";
    assertThat(annotate(a).quotes()).singleElement()
        .satisfies(q -> assertThat(content(a, q)).isEqualTo("the budget was balanced"));
    assertThat(annotate(b).quotes()).singleElement()
        .satisfies(q -> assertThat(content(b, q)).isEqualTo("he would back Rep. Ann Kuster"));
  }

  @Test
  void anAttributionWithItsCircumstancesSplittingTheClauseKeepsTheWholeClause() {
    String text = "Those contracts, the mayor explained later in the council meeting, were signed before the election.";
    assertThat(annotate(text).quotes()).singleElement().satisfies(q -> {
      assertThat(content(text, q)).isEqualTo(text.substring(0, text.length() - 1));
      assertThat(q.speakerSpan().map(s -> s.textOf(text))).contains("the mayor");
    });
  }

  @Test
  void aTimePhraseBetweenTheCueAndTheClauseIsSkippedAndIsNeverTheSpeaker() {
    String a = "The company announced earlier this week it would close the plant in Ohio.";
    String b = "The airline just this month announced it would cut 2,000 jobs.";
    assertThat(annotate(a).quotes()).singleElement().satisfies(q -> {
      assertThat(content(a, q)).isEqualTo("it would close the plant in Ohio");
      assertThat(q.speakerSpan().map(s -> s.textOf(a))).contains("The company");
    });
    assertThat(annotate(b).quotes()).singleElement()
        .satisfies(q -> assertThat(q.speakerSpan().map(s -> s.textOf(b))).contains("The airline"));
  }

  @Test
  void aStatementCallingForSomethingSpeaksForItsAuthor() {
    String text = "The Security Council issued a statement calling for an immediate ceasefire.";
    assertThat(annotate(text).quotes()).singleElement().satisfies(q -> {
      assertThat(content(text, q)).isEqualTo("an immediate ceasefire");
      assertThat(q.speaker()).contains("Security Council");
    });
  }
}
