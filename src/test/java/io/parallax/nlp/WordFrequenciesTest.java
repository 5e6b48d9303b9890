package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFrequenciesTest {

  @Test
  void theShippedTableKnowsEverydayNewsWordsFromRareOnes() {
    WordFrequencies news = WordFrequencies.news();
    assertThat(news.documents()).isEqualTo(7215);
    assertThat(news.idf("the")).isLessThan(0.1);
    assertThat(news.idf(Words.stem("statement"))).isLessThan(news.idf(Words.stem("famine")));
    assertThat(news.idf(Words.stem("week"))).isLessThan(news.idf(Words.stem("granite")));
  }

  @Test
  void stemsOfATextAreItsDistinctLowerCasedWordStems() {
    assertThat(WordFrequencies.stemsOf("Rescuers pulled 11 survivors; the rescuers said: \"Survivors!\""))
        .containsExactlyInAnyOrder("rescuer", "pull", "11", "survivor", "the", "say");
  }

  @Test
  void documentsAddedToATableCountOnTopOfIt() {
    WordFrequencies two = WordFrequencies.of(List.of(Set.of("quake", "city"), Set.of("quake")));
    WordFrequencies three = two.plus(List.of(Set.of("quake", "flood")));
    assertThat(three.documents()).isEqualTo(3);
    assertThat(three.documentFrequency("quake")).isEqualTo(3);
    assertThat(three.documentFrequency("city")).isEqualTo(1);
    assertThat(three.documentFrequency("flood")).isEqualTo(1);
    assertThat(three.idf("quake")).isEqualTo(0.0);
    assertThat(two.documentFrequency("flood")).isZero();
  }
}
