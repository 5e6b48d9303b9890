package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parallax.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code parallax quotes} on the PolNeAR dev set (shared/data/quotes-dev) and scores it with
 * the rule of shared/tools/score-quotes.py, with the shipped cue model (trained on quotes-train only,
 * so the dev figures are held out) and with models trained on the other dev folds only (4-fold
 * cross-validation); the floors sit slightly below the figures in the README so that a regression
 * fails the build. Also checks that the shipped model is exactly what quotes-train gives.
 */
class QuotesDevIT {

  static Path devData() {
    return Stream.of(Path.of("..", "shared", "data", "quotes-dev"), Path.of("..", "..", "shared", "data", "quotes-dev"))
        .filter(Files::isDirectory).findFirst().orElse(null);
  }

  @Test
  void quotesDevScoresStayAboveTheFloors(@TempDir Path tmp) throws Exception {
    Path dev = devData();
    assumeTrue(dev != null, "shared/data/quotes-dev not found beside the repository");
    Path out = tmp.resolve("q.jsonl");
    assertThat(Main.run("quotes", dev.resolve("text").toString(), "--out", out.toString())).isZero();
    QuoteScore s = QuoteScore.score(dev, out);
    System.out.printf("quotes-dev content F1=%.3f content+speaker F1=%.3f gold=%d pred=%d%n",
        s.contentF1(), s.speakerF1(), s.gold(), s.pred());
    // the shipped cue model never saw this set: these figures are held out
    assertThat(s.contentF1()).isGreaterThan(0.665);
    assertThat(s.speakerF1()).isGreaterThan(0.605);
  }

  @Test
  void theShippedCueModelIsTheOneQuotesTrainGivesOnTheTrainingSetOnly(@TempDir Path tmp) throws Exception {
    Path dev = devData();
    assumeTrue(dev != null, "shared/data/quotes-dev not found beside the repository");
    Path train = dev.resolveSibling("quotes-train");
    assumeTrue(Files.isDirectory(train), "shared/data/quotes-train not found beside quotes-dev");
    Path model = tmp.resolve("cues.bin.gz");
    assertThat(Main.run("quotes-train", train.toString(), "--out", model.toString())).isZero();
    try (var shipped = QuotesDevIT.class.getResourceAsStream(AttributionCues.RESOURCE)) {
      assertThat(Files.readAllBytes(model)).isEqualTo(shipped.readAllBytes());
    }
  }

  @Test
  void crossValidatedScoresStayAboveTheFloors(@TempDir Path tmp) throws Exception {
    Path dev = devData();
    assumeTrue(dev != null, "shared/data/quotes-dev not found beside the repository");
    Path out = tmp.resolve("cv.jsonl");
    assertThat(Main.run("quotes-train", dev.toString(), "--folds", "4", "--predictions", out.toString())).isZero();
    QuoteScore s = QuoteScore.score(dev, out);
    System.out.printf("quotes-dev 4-fold CV content F1=%.3f content+speaker F1=%.3f gold=%d pred=%d%n",
        s.contentF1(), s.speakerF1(), s.gold(), s.pred());
    assertThat(s.contentF1()).isGreaterThan(0.66);
    assertThat(s.speakerF1()).isGreaterThan(0.60);
  }
}
