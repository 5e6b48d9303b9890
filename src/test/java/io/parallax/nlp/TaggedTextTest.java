package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaggedTextTest {

  private static String[] penn(String words, String ud) {
    return TaggedText.toPenn(words.split(" "), ud.split(" "));
  }

  @Test
  void aSentenceFirstNameTheModelReadAsAPrepositionBeforeAFiniteVerbIsAName() {
    assertThat(penn("Okafor told reporters :", "ADP VERB NOUN PUNCT"))
        .containsExactly("NNP", "VBD", "NNS", ":");
    assertThat(penn("Okafor tells reporters", "ADP VERB NOUN")).containsExactly("NNP", "VBZ", "NNS");
    assertThat(penn("Sexton described the rally", "SCONJ VERB DET NOUN"))
        .containsExactly("NNP", "VBD", "DT", "NN");
    assertThat(penn("Okafor has said", "SCONJ AUX VERB")).containsExactly("NNP", "MD", "VBD");
  }

  @Test
  void aSentenceFirstPrepositionOrConjunctionBeforeAVerbStaysOne() {
    assertThat(penn("As expected , the bridge opened", "ADP VERB PUNCT DET NOUN VERB"))
        .containsExactly("IN", "VBD", ",", "DT", "NN", "VBD");
    assertThat(penn("If elected , she", "SCONJ VERB PUNCT PRON")).containsExactly("IN", "VBD", ",", "PRP");
    assertThat(penn("But environmentalists worry", "CCONJ VERB NOUN")).containsExactly("CC", "VBZ", "NN");
  }

  @Test
  void aSentenceFirstWordBeforeAGerundIsLeftAsTagged() {
    assertThat(penn("Trump finding common ground", "SCONJ VERB ADJ NOUN"))
        .containsExactly("IN", "VBG", "JJ", "NN");
  }
}
