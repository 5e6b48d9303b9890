package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Training the attribution cue model on hand-written gold (loads the POS model, hence an IT). */
class QuoteTrainingIT {

  private static final NewsAnnotator RULES = new NewsAnnotator(Optional.empty());

  /** One sentence "SUBJECT intends to ACTION." with its gold attribution, and a non-cue sentence. */
  private static QuoteTraining.Document doc(String id, String subject, String action, String filler) {
    String sentence = subject + " intends to " + action + ".";
    String text = sentence + "\n\n" + filler;
    int cue = subject.length() + 1;
    int content = cue + "intends ".length();
    QuoteTraining.Gold g = new QuoteTraining.Gold(new Span(content, sentence.length() - 1),
        Optional.of(new Span(0, subject.length())), Optional.of(new Span(cue, cue + 7)));
    Article a = Article.builder(id, "test", text).build();
    return new QuoteTraining.Document(a, List.of(new Span(0, text.length())), List.of(g));
  }

  private static List<QuoteTraining.Document> intentDocuments() {
    String[][] rows = {
        {"The mayor", "rebuild the old bridge", "The river rose overnight."},
        {"The governor", "cut property taxes", "The budget passed in May."},
        {"The union", "strike next week", "Workers walked past the gates."},
        {"Senator Ray Cole", "block the bill", "The committee met on Friday."},
        {"The company", "restore service by Monday", "Crews worked through the night."},
        {"Mayor Ana Diaz", "hire more teachers", "Schools opened in September."},
        {"The council", "repair the roads", "Traffic moved slowly downtown."},
        {"The minister", "raise pensions", "Prices climbed again last month."},
    };
    List<QuoteTraining.Document> docs = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) docs.add(doc("d" + i, rows[i][0], rows[i][1], rows[i][2]));
    return docs;
  }

  @Test
  void bratAttributionsSpanTheirFragmentsAndKeepMissingRolesEmpty() {
    String ann = "T1\tSource 0 7\tHarris\n"
        + "T2\tCue 8 12\tsaid\n"
        + "T3\tContent 13 20;25 40\tthe plan ... would work\n"
        + "T4\tContent 50 60\tunattributed\n"
        + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        + "E2\tAttribution:T4 Content:T4\n";
    List<QuoteTraining.Gold> gold = QuoteTraining.parseBrat(ann);
    assertThat(gold).containsExactly(
        new QuoteTraining.Gold(new Span(13, 40), Optional.of(new Span(0, 7)), Optional.of(new Span(8, 12))),
        new QuoteTraining.Gold(new Span(50, 60), Optional.empty(), Optional.empty()));
  }

  @Test
  void aCueLearnedFromGoldIsFoundInUnseenText() {
    String text = "The new coach intends to win the title.";
    Article unseen = Article.builder("u", "test", text).build();
    assertThat(RULES.annotate(unseen).quotes()).isEmpty(); // "intends to" is not in the rule lexicon

    AttributionCues model = QuoteTraining.train(intentDocuments(), RULES, 0.5);
    List<Quote> qs = new NewsAnnotator(Optional.of(model)).annotate(unseen).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).content().textOf(text)).isEqualTo("to win the title");
    assertThat(qs.get(0).speakerSpan().map(s -> s.textOf(text))).contains("The new coach");
    assertThat(qs.get(0).direct()).isFalse();
  }

  @Test
  void aWrittenModelReadsBackWithTheSameThreshold() throws Exception {
    AttributionCues model = QuoteTraining.train(intentDocuments(), RULES, 0.35);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    AttributionCues back = AttributionCues.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(back.threshold()).isEqualTo(0.35);
    String text = "The new coach intends to win the title.";
    Article unseen = Article.builder("u", "test", text).build();
    assertThat(new NewsAnnotator(Optional.of(back)).annotate(unseen).quotes())
        .isEqualTo(new NewsAnnotator(Optional.of(model)).annotate(unseen).quotes());
  }

  @Test
  void crossValidationNeedsAtLeastTwoFolds() {
    assertThatThrownBy(() -> QuoteTraining.crossValidate(intentDocuments(), 1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1");
  }
}
