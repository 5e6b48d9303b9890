package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateWeightsTest {

  /** A store of 7 articles: "rafah" in 1, "call" in 5, every other key in 2. */
  static final class SevenArticles implements CandidateWeights.CountsAtFill {
    final ArticleFeatures current;

    SevenArticles(ArticleFeatures current) {
      this.current = current;
    }

    long storedDocFreq(String key) {
      return key.equals("rafah") ? 1 : key.equals("call") ? 5 : 2;
    }

    static double idf(long docFreq) {
      return Math.max(0, Math.log((8 + TermStatistics.PRIOR_DOCUMENTS + 1.0) / (docFreq + 1.0)));
    }

    @Override
    public CandidateWeights.KeyIdf keyIdf(TermStatistics.Field field, String key) {
      return new CandidateWeights.KeyIdf(idf(storedDocFreq(key)), idf(storedDocFreq(key) + 1));
    }

    /** The same counts with the new article counted: 8 documents, its own keys once more. */
    TermStatistics counted() {
      return new TermStatistics() {
        @Override
        public long documents() {
          return 8;
        }

        @Override
        public long docFreq(Field field, String key) {
          Map<String, Integer> own = field == Field.TERM ? current.terms() : current.names();
          return storedDocFreq(key) + (own.containsKey(key) ? 1 : 0);
        }
      };
    }
  }

  @Test
  void aStoredArticleFittedToANewOneEqualsWeighingItWithTheNewOneCounted() {
    ArticleFeatures later = new ArticleFeatures("005", "Biden and Netanyahu speak again", Map.of("rafah", 2, "speak", 1, "again", 1),
        Map.of("rafah", 2, "speak", 1, "again", 1), Map.of("biden", 1, "netanyahu", 1), Set.of(), Set.of(),
        Optional.empty(), Optional.empty(), new float[0]);
    SevenArticles stats = new SevenArticles(later);
    StoredProfile stored = FeatureCodecTest.stored(FeatureCodecTest.CALL);
    ArticleProfile own = ArticleProfile.of(later, stats.counted());

    PairEvidence fitted = new CandidateWeights(stored, stats).evidence(own);

    PairEvidence exact = PairEvidence.of(own, ArticleProfile.of(FeatureCodecTest.CALL, stats.counted()));
    assertThat(fitted.terms()).isCloseTo(exact.terms(), within(1e-6));
    assertThat(fitted.subject()).isCloseTo(exact.subject(), within(1e-6));
    assertThat(fitted.names()).isCloseTo(exact.names(), within(1e-6));
    assertThat(fitted.terms()).isGreaterThan(0.3);
    assertThat(fitted.names()).isGreaterThan(0.3);
    assertThat(fitted.toArray()).containsExactly(exact.toArray(), within(1e-6));
  }

  @Test
  void aStoredArticleTakesTheStatisticsOfTheMomentItIsCompared() {
    StoredProfile stored = FeatureCodecTest.stored(FeatureCodecTest.CALL);
    CandidateWeights.CountsAtFill rafahIsRareNow = (field, key) -> key.equals("rafah")
        ? new CandidateWeights.KeyIdf(Math.log(1011.0 / 4), Math.log(1011.0 / 5))
        : new CandidateWeights.KeyIdf(Math.log(1011.0 / 901), Math.log(1011.0 / 902));
    ArticleFeatures onlyRafah = new ArticleFeatures("r", "Rafah", Map.of("rafah", 1), Map.of("rafah", 1), Map.of(),
        Set.of(), Set.of(), Optional.empty(), Optional.empty(), new float[0]);
    ArticleProfile own = new ArticleProfile(onlyRafah, new SparseVector(new String[] {"rafah"}, new float[] {1}),
        new SparseVector(new String[] {"rafah"}, new float[] {1}), SparseVector.EMPTY);

    PairEvidence e = new CandidateWeights(stored, rafahIsRareNow).evidence(own);

    assertThat(e.terms()).isGreaterThan(0.99);
  }
}
