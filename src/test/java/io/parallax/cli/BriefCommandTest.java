package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {

  @TempDir Path dir;

  @Test
  void writesOneBriefPerStoryWithSources() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        "{\"id\": \"p1\", \"event\": \"ferry\", \"title\": \"Ferry runs aground off Kessa island\", \"text\": \"A passenger ferry ran aground off Kessa island on Sunday with 310 people aboard. All passengers were taken off safely by coast guard boats. The cause of the grounding is under investigation.\"}",
        "{\"id\": \"p2\", \"event\": \"ferry\", \"title\": \"Passengers rescued after ferry grounding\", \"text\": \"Coast guard boats took all passengers off a ferry that ran aground off Kessa island on Sunday. The operator said the vessel had passed its annual inspection in March.\"}",
        "{\"id\": \"q1\", \"event\": \"budget\", \"title\": \"Parliament passes budget\", \"text\": \"Parliament passed the 2026 budget by 201 votes to 180 on Wednesday. The opposition said it would challenge two tax measures in court. The finance minister called the vote a step toward balanced accounts.\"}",
        "{\"id\": \"bad\", \"text\": \"no grouping field here\"}"));
    Path out = dir.resolve("out").resolve("briefs.jsonl");
    int rc = Main.run("brief", in.toString(), "--stories-from", "event", "--out", out.toString());
    assertThat(rc).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode ferry = new ObjectMapper().readTree(lines.get(0));
    assertThat(ferry.get("story").asText()).isEqualTo("ferry");
    assertThat(ferry.get("brief").size()).isBetween(3, 7);
    for (JsonNode s : ferry.get("brief")) {
      assertThat(s.fieldNames()).toIterable().containsExactly("text", "sources");
      assertThat(s.get("sources").get(0).asText()).isIn("p1", "p2");
    }
  }

  @Test
  void missingInputIsAUsageError() {
    assertThat(Main.run("brief", dir.resolve("nope.jsonl").toString(), "--stories-from", "story", "--out",
        dir.resolve("o.jsonl").toString())).isEqualTo(2);
  }

  @Test
  void aFieldThatNoArticleHasIsOneLineAndAUsageError() throws Exception {
    Path in = dir.resolve("in.jsonl");
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add("{\"id\": \"a" + i + "\", \"text\": \"The council met on Monday and approved the budget.\"}");
    }
    Files.write(in, lines);

    CliRun r = CliRun.of("brief", in.toString(), "--stories-from", "story", "--out", dir.resolve("o.jsonl").toString(), "-q");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("parallax brief: none of the 30 articles in " + in + " has a field \"story\" to group "
        + "by; give --stories-from the JSONL field that names each story" + System.lineSeparator());
  }
}
