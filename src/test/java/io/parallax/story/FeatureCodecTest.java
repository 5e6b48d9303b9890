package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureCodecTest {

  static final ArticleFeatures CALL = new ArticleFeatures("004", "Biden warns Netanyahu against Rafah operation",
      Map.of("biden", 3, "netanyahu", 2, "rafah", 4, "warn", 1, "call", 2),
      Map.of("rafah", 4, "warn", 1, "call", 2),
      Map.of("biden", 3, "benjamin netanyahu", 1, "netanyahu", 2),
      Set.of("wd:monday", "md:02-15"), Set.of("n:1500000"),
      Optional.of(LocalDate.of(2024, 3, 18)), Optional.empty(), new float[] {0.6f, 0.8f});

  /** {@code documents} documents, {@code rare} in {@code rareDf} of them and every other key in {@code df}. */
  static TermStatistics stats(long documents, String rare, long rareDf, long df) {
    return new TermStatistics() {
      @Override
      public long documents() {
        return documents;
      }

      @Override
      public long docFreq(Field field, String key) {
        return key.equals(rare) ? rareDf : df;
      }
    };
  }

  /** Two documents: one with every key of {@link #CALL}, one with only "call". */
  static final TermStatistics STATS = stats(2, "call", 2, 1);

  static StoredProfile stored(ArticleFeatures f) {
    return FeatureCodec.decode(FeatureCodec.encode(ArticleProfile.of(f, STATS), STATS.documents()));
  }

  @Test
  void storedVectorsComeBackWithTheirWeightsAndTheirMoment() {
    ArticleProfile now = ArticleProfile.of(CALL, STATS);

    StoredProfile stored = stored(CALL);

    assertThat(stored.weighedAt()).isEqualTo(2);
    assertThat(stored.asStored().terms().keys()).containsExactly(now.terms().keys());
    assertThat(stored.asStored().terms().weights()).containsExactly(now.terms().weights());
    assertThat(stored.asStored().subject().weights()).containsExactly(now.subject().weights());
    assertThat(stored.asStored().names().weights()).containsExactly(now.names().weights());
  }

  @Test
  void storedFeaturesWeighedLaterEqualTheProfileWeighedNow() {
    StoredProfile stored = stored(CALL);
    ArticleProfile now = ArticleProfile.of(CALL, STATS);

    ArticleProfile later = stored.weigh(STATS);

    assertThat(later.terms().keys()).containsExactly(now.terms().keys());
    assertThat(later.terms().weights()).containsExactly(now.terms().weights());
    assertThat(later.subject().keys()).containsExactly("call", "rafah", "warn");
    assertThat(later.subject().weights()).containsExactly(now.subject().weights());
    assertThat(later.names().weights()).containsExactly(now.names().weights());
    assertThat(later.features().times()).isEqualTo(CALL.times());
    assertThat(later.features().numbers()).isEqualTo(CALL.numbers());
    assertThat(later.features().date()).contains(LocalDate.of(2024, 3, 18));
    assertThat(later.features().published()).isEmpty();
    assertThat(later.features().embedding()).containsExactly(0.6f, 0.8f);
  }

  @Test
  void storedArticlesTakeTheStatisticsOfTheMomentTheyAreCompared() {
    StoredProfile stored = stored(CALL);
    TermStatistics rafahIsRareNow = stats(1000, "rafah", 3, 900);

    SparseVector terms = stored.weigh(rafahIsRareNow).terms();

    int rafah = Arrays.asList(terms.keys()).indexOf("rafah");
    assertThat(terms.weights()[rafah]).isGreaterThan(0.99f);
  }

  @Test
  void aSubjectWithItsOwnCountsIsStoredApart() {
    ArticleFeatures odd = new ArticleFeatures("x", "t", Map.of("a", 1, "b", 2), Map.of("b", 5), Map.of(), Set.of(),
        Set.of(), Optional.empty(), Optional.empty(), new float[0]);

    StoredProfile stored = stored(odd);

    assertThat(stored.asStored().subject().keys()).containsExactly("b");
    assertThat(stored.subjectCounts()).containsExactly(5);
  }

  @Test
  void truncatedFeaturesAreReportedAsDamaged() {
    byte[] data = FeatureCodec.encode(ArticleProfile.of(CALL, STATS), 2);

    assertThatThrownBy(() -> FeatureCodec.decode(Arrays.copyOf(data, data.length / 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("truncated or damaged");
  }

  @Test
  void featuresOfAnotherFormatVersionAskForAFreshStore() {
    byte[] data = FeatureCodec.encode(ArticleProfile.of(CALL, STATS), 2);
    data[0] = 4;

    assertThatThrownBy(() -> FeatureCodec.decode(data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format version 4")
        .hasMessageContaining("re-index");
  }
}
