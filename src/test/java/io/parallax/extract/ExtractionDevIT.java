package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parallax.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code parallax extract} on the 60 pages of {@code ../shared/data/extraction-dev} and scores the
 * result with the project's python scorer. Dev F1 is 0.978; the floor leaves room for harmless
 * changes but catches a regression of a page or two.
 */
class ExtractionDevIT {

  private static final double FLOOR = 0.965;

  static Path shared() {
    for (Path p : new Path[] {Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
      if (Files.isDirectory(p.resolve("data").resolve("extraction-dev"))) {
        return p;
      }
    }
    return null;
  }

  @Test
  void scoresAboveTheFloorOnTheDevPages(@TempDir Path tmp) throws Exception {
    Path shared = shared();
    assumeTrue(shared != null, "../shared/data/extraction-dev not found");
    Path dev = shared.resolve("data").resolve("extraction-dev");
    Path pred = tmp.resolve("pred.jsonl");

    int code = Main.run("extract", dev.resolve("html").toString(), "--out", pred.toString(), "--quiet");
    assertThat(code).isZero();
    try (Stream<String> lines = Files.lines(pred)) {
      assertThat(lines.count()).isEqualTo(60);
    }

    Process python;
    try {
      python = new ProcessBuilder("python3", shared.resolve("tools").resolve("score-extraction.py").toString(),
          dev.resolve("ground-truth.json").toString(), pred.toString()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "python3 not available: " + e.getMessage());
      return;
    }
    assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("F1=([0-9.]+) pages=60").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(Double.parseDouble(m.group(1))).as(out).isGreaterThanOrEqualTo(FLOOR);
  }
}
