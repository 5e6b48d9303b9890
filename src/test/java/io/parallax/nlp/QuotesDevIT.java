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
 * the rule of shared/tools/score-quotes.py, with the shipped cue model (in-sample) and with models
 * trained on the other folds only (4-fold cross-validation, the honest figure); the floors sit
 * slightly below the figures in the README so that a regression fails the build.
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
    // the shipped cue model was trained on this set: these figures are in-sample
    assertThat(s.contentF1()).isGreaterThan(0.675);
    assertThat(s.speakerF1()).isGreaterThan(0.61);
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
