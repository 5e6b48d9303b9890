package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Fuzzes the HTML reader: whatever bytes a page holds, extraction returns (never throws, never hangs)
 * and what it returns is well formed. Without {@code JAZZER_FUZZ} this replays the seed inputs under
 * {@code src/test/resources/io/parallax/extract/HtmlExtractorFuzzTestInputs/}; see README, "Fuzzing".
 */
class HtmlExtractorFuzzTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  @FuzzTest(maxDuration = "20s")
  void extractNeverThrows(FuzzedDataProvider data) {
    Optional<String> charset = data.consumeBoolean() ? Optional.of(data.consumeString(20)) : Optional.empty();
    Optional<String> url = data.consumeBoolean() ? Optional.of(data.consumeString(80)) : Optional.empty();
    byte[] page = data.consumeRemainingAsBytes();

    Extraction got = EXTRACTOR.extract(page, charset, url);

    assertThat(got.text()).isNotNull().isEqualTo(got.text().strip());
    got.title().ifPresent(t -> assertThat(t).isNotBlank());
    got.outlet().ifPresent(o -> assertThat(o).isNotBlank());
    assertThat(got.authors()).allSatisfy(a -> assertThat(a).isNotBlank());
    if (!got.text().isEmpty()) {
      assertThat(got.toArticle("page", "fuzz").text()).isEqualTo(got.text());
    }
  }
}
