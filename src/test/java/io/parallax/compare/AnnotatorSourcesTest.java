package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.model.Article;
import io.parallax.model.Span;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.Entity;
import io.parallax.nlp.EntityType;
import io.parallax.nlp.Quote;
import io.parallax.nlp.QuoteMention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotatorSourcesTest {

  private static final String TEXT = "Mayor Ana Ruiz called the plan \"reckless.\" "
      + "\"We will not fund a stadium while schools close,\" the council said in a statement. "
      + "\"Our budget is balanced and our schools stay open,\" Ruiz said.";

  @Test
  void addsRuleFragmentsFillsMissingSpeakersAndUsesFullNames() {
    Article article = Article.builder("a1", "test", TEXT).build();
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
        List.of(), List.of());
    List<QuoteMention> quotes = AnnotatorSources.quotesWithRules(id -> ann).quotes(ComparedArticle.of(article));
    assertThat(quotes).extracting(q -> q.content().textOf(TEXT), q -> q.speaker().orElse(null))
        .containsExactly(
            tuple("reckless.", null),
            tuple("We will not fund a stadium while schools close", null),
            tuple("Our budget is balanced and our schools stay open", "Ana Ruiz"));
  }
}
