package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attribution frames over hand-tagged sentences (the tags a POS model gives them), so these run
 * without the model: each example checks what the frame builder's steps find — the cue's subject,
 * the content after or before the cue — as quoted text.
 */
class QuoteFinderTest {

  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("said", "VBD"), Map.entry("the", "DT"), Map.entry("would", "MD"), Map.entry("resume", "VB"),
      Map.entry("talks", "NNS"), Map.entry("national", "JJ"), Map.entry("security", "NN"),
      Map.entry("adviser", "NN"), Map.entry("mayor", "NN"), Map.entry("We", "PRP"), Map.entry("will", "MD"),
      Map.entry("not", "RB"), Map.entry("stop", "VB"), Map.entry(",", ","), Map.entry(".", "."),
      Map.entry("Sullivan", "NNP"), Map.entry("John", "NNP"), Map.entry("Kirby", "NNP"));

  /** The quotes found in {@code text}, each as "content | speaker as written | cue verb | direct or reported". */
  private static List<String> quotes(String text) {
    TaggedText t = new TaggedText(text, List.of(new Span(0, text.length())), new NewsSentenceSplitter(),
        new NewsTokenizer(), words -> {
          String[] tags = new String[words.length];
          for (int i = 0; i < words.length; i++) tags[i] = TAGS.getOrDefault(words[i], "``");
          return tags;
        });
    EntityFinder.Found none = new EntityFinder.Found(List.of(), Map.of(), Map.of());
    return new QuoteFinder(null).find(t, none).stream()
        .map(q -> q.content().textOf(text) + " | " + q.speakerSpan().map(s -> s.textOf(text)).orElse("-")
            + " | " + q.cueVerb().orElse("-") + " | " + (q.direct() ? "direct" : "reported"))
        .toList();
  }

  @Test
  void appositiveSubjectSpeaksTheClauseAfterTheCue() {
    assertThat(quotes("Sullivan, the national security adviser, said the talks would resume."))
        .containsExactly("the talks would resume | Sullivan, the national security adviser | say | reported");
  }

  @Test
  void trailingAttributionTakesTheQuotationBeforeIt() {
    assertThat(quotes("“We will not stop,” the mayor said."))
        .containsExactly("“We will not stop,” | the mayor | say | direct");
  }

  @Test
  void invertedAttributionNamesTheSpeakerAfterTheCue() {
    assertThat(quotes("“We will not stop,” said John Kirby."))
        .containsExactly("“We will not stop,” | John Kirby | say | direct");
  }
}
