package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

  private static List<String> found(String text, String language) {
    return QuotationMarks.find(text, List.of(new Span(0, text.length())), language).stream()
        .map(q -> q.content().textOf(text) + " | " + q.speaker().orElse("-") + " | " + q.cueVerb().orElse("-"))
        .toList();
  }

  @Test
  void spanishGuillemetsWithTheSpeakerAfterTheVerb() {
    String text = "El ministro habló el martes. «No habrá nuevos impuestos este año», aseguró Ana Torres en Madrid. "
        + "Los sindicatos calificaron el plan de \"una mala noticia\" para los trabajadores.";

    assertThat(found(text, "es")).containsExactly(
        "No habrá nuevos impuestos este año | Ana Torres | aseguró",
        "una mala noticia | - | -");
  }

  @Test
  void germanLowHighQuotesAreNotReadAsEnglishOpeningQuotes() {
    String text = "Die Ministerin äußerte sich am Dienstag. „Es wird keine neuen Steuern geben“, sagte Anna Weber in Bonn. "
        + "Die Gewerkschaft nannte den Plan „eine schlechte Nachricht“ für alle Beschäftigten.";

    assertThat(found(text, "de")).containsExactly(
        "Es wird keine neuen Steuern geben | Anna Weber | sagte",
        "eine schlechte Nachricht | - | -");
  }

  @Test
  void aSpeakerNamedBeforeTheQuotationWithAColon() {
    String text = "Weber sagte: „Wir halten an dem Plan fest.“ Danach verließ sie den Saal.";

    assertThat(found(text, "de")).containsExactly("Wir halten an dem Plan fest. | Weber | sagte");
  }

  @Test
  void frenchGuillemetsWithSpacesAndACompoundVerb() {
    String text = "« Nous ne reculerons pas », a déclaré Claire Martin devant la presse.";

    assertThat(found(text, "fr")).containsExactly("Nous ne reculerons pas | Claire Martin | a déclaré");
  }

  @Test
  void singleWordsInQuotationMarksAndUnclosedMarksAreNotQuotations() {
    String text = "Er nannte es „Unsinn“ und ging. Ein „offenes Zitat ohne Ende geht weiter.";

    assertThat(found(text, "de")).isEmpty();
  }

  @Test
  void onlyArticlesInAnotherLanguageLeaveTheEnglishRules() {
    Article.Builder a = Article.builder("a", "a.txt", "Text.");
    assertThat(NewsAnnotator.isEnglish(a.build())).isTrue();
    assertThat(NewsAnnotator.isEnglish(a.language("en-GB").build())).isTrue();
    assertThat(NewsAnnotator.isEnglish(a.language("English").build())).isTrue();
    assertThat(NewsAnnotator.isEnglish(a.language("de").build())).isFalse();
    assertThat(NewsAnnotator.isEnglish(a.language("pt_BR").build())).isFalse();
  }
}
