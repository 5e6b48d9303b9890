package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentLinesTest {

  @TempDir Path dir;

  @Test
  void linesOfMovedArticlesGetTheirEventNowAndKeepEveryOtherField() throws Exception {
    Path out = Files.write(dir.resolve("assignments.jsonl"), List.of(
        "{\"id\":\"a1\",\"event\":\"e-a1\",\"storyline\":\"s-a1\",\"confidence\":1.0}",
        "{\"id\":\"a2\",\"event\":\"e-a2\",\"storyline\":\"s-a2\",\"confidence\":0.6,\"evidence\":{\"partner\":\"a1\",\"similarity\":0.52,\"shared_names\":[],\"days_apart\":0}}",
        "{\"id\":\"a3\",\"event\":\"e-a1\",\"storyline\":\"s-a1\"}"), StandardCharsets.UTF_8);

    AssignmentLines.relabel(out, id -> id.equals("a2") ? Optional.empty() : Optional.of(new String[] {"e-a9", "s-a9"}));

    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
        "{\"id\":\"a1\",\"event\":\"e-a9\",\"storyline\":\"s-a9\",\"confidence\":1.0}",
        "{\"id\":\"a2\",\"event\":\"e-a2\",\"storyline\":\"s-a2\",\"confidence\":0.6,\"evidence\":{\"partner\":\"a1\",\"similarity\":0.52,\"shared_names\":[],\"days_apart\":0}}",
        "{\"id\":\"a3\",\"event\":\"e-a9\",\"storyline\":\"s-a9\"}");
    assertThat(dir.resolve("assignments.jsonl.relabel")).doesNotExist();
  }
}
