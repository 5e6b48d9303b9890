package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader of quotations in marks: the words inside them, per paragraph. */
class QuotationSegmentsTest {

  private static List<String> quoted(String text) {
    return QuotationSegments.regions(text, List.of(new Span(0, text.length()))).stream()
        .map(s -> s.textOf(text)).toList();
  }

  @Test
  void curlyStraightDoubledSingleAndGuillemetDoubleQuotes() {
    assertThat(quoted("“We will rebuild,” she said. He called it \"a disgrace\" and ''a shame''. «Non,» dit-il."))
        .containsExactly("We will rebuild,", "a disgrace", "a shame", "Non,");
  }

  @Test
  void singleQuotesOnlyWhereNoDoubleQuoteStandsAndNeverAnApostrophe() {
    assertThat(quoted("The mayor called the ferry a ‘temporary’ fix; the ’90s were the residents’ era."))
        .containsExactly("temporary");
    assertThat(quoted("“It is ‘temporary’,” the mayor said. A ‘lasting’ fix is planned."))
        .containsExactly("It is ‘temporary’,");
  }

  @Test
  void aQuotationOpenAtAParagraphsEndContinuesWhenTheNextOpensWithAMark() {
    String text = "“The first part,\n“and the second part.”\nThen “an open one\nand a plain paragraph.";
    assertThat(quoted(text)).containsExactly("The first part,", "and the second part.", "an open one");
    TaggedText t = new TaggedText(text, List.of(new Span(0, text.length())), new NewsSentenceSplitter(),
        new NewsTokenizer(), words -> words.clone());
    assertThat(QuotationSegments.of(t)).extracting(s -> text.substring(s.start(), s.end()), QuotationSegments.Seg::paragraph)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("“The first part,\n“and the second part.”", 0),
            org.assertj.core.groups.Tuple.tuple("“an open one", 2));
  }

  @Test
  void onlyTheKeptRegionsAreRead() {
    String text = "Menu \"Home\"\n\"We will rebuild,\" the mayor said.";
    int from = text.indexOf('\n') + 1;
    assertThat(QuotationSegments.regions(text, List.of(new Span(from, text.length()))))
        .extracting(s -> s.textOf(text)).containsExactly("We will rebuild,");
  }
}
