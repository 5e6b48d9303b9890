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
  void storedFeaturesKeepTheirCountsForWeighingLater() {
    StoredProfile later = stored(CALL);

    assertThat(later.asStored().terms().keys()).containsExactly("biden", "call", "netanyahu", "rafah", "warn");
    assertThat(later.termCounts()).containsExactly(3, 2, 2, 4, 1);
    assertThat(later.asStored().subject().keys()).containsExactly("call", "rafah", "warn");
    assertThat(later.subjectCounts()).containsExactly(2, 4, 1);
    assertThat(later.asStored().names().keys()).containsExactly("benjamin netanyahu", "biden", "netanyahu");
    assertThat(later.nameCounts()).containsExactly(1, 3, 2);
    assertThat(later.asStored().features().times()).isEqualTo(CALL.times());
    assertThat(later.asStored().features().numbers()).isEqualTo(CALL.numbers());
    assertThat(later.asStored().features().date()).contains(LocalDate.of(2024, 3, 18));
    assertThat(later.asStored().features().published()).isEmpty();
    assertThat(later.asStored().features().embedding()).containsExactly(0.6f, 0.8f);
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

  @Test
  void featuresOfANewerFormatVersionAskForTheParallaxThatWroteThem() {
    byte[] data = FeatureCodec.encode(ArticleProfile.of(CALL, STATS), 2);
    data[0] = (byte) (FeatureCodec.FORMAT.version() + 1);

    assertThatThrownBy(() -> FeatureCodec.decode(data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Stored article features have format version 6, newer than this version of Parallax reads (5): "
            + "use the Parallax that wrote the store, or re-index the articles into a fresh store");
  }
}
