package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void sampleCorpusReportHasEveryArticleWithOutletsAndFurniture() throws Exception {
    Path json = dir.resolve("r.json");
    Path md = dir.resolve("r.md");
    CliRun r = run("analyze", "corpus/rafah-2024", "--json", json.toString(), "--md", md.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("5 inputs, 5 processed, 0 skipped");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("summary").get("processed").asInt()).isEqualTo(5);
    List<String> outlets = new ArrayList<>();
    report.get("articles").forEach(a -> outlets.add(a.get("outlet").asText(null) + "/" + a.get("agency").asText(null)));
    assertThat(outlets).containsExactly("null/null", "Ahram Online/AFP", "CNN/null", "The Hill/null", "Fox News/null");
    JsonNode hill = report.get("articles").get(3);
    assertThat(hill.get("id").asText()).isEqualTo("003_dd1f51f55cdb60a0");
    assertThat(hill.get("removed").get(0).get("text").asText()).isEqualTo("Read the full report at TheHill.com.");
    assertThat(hill.get("text").asText()).doesNotContain("Read the full report");
    for (String field : List.of("quotes", "discrepancies", "consensus", "single_source", "framing", "copied", "brief")) {
      assertThat(report.get("events").get(0).has(field)).as(field).isTrue();
    }
    JsonNode removed = hill.get("removed").get(0);
    assertThat(hill.get("original_text").asText().substring(removed.get("start").asInt(), removed.get("end").asInt()))
        .isEqualTo("Read the full report at TheHill.com.");
    assertThat(Files.readString(md)).contains("# Parallax report", "Ahram Online", "#### Brief");
  }

  @Test
  void sampleCorpusIsTwoEventsInOneStorylineWithComparisonsAndAnnotations() throws Exception {
    Path json = dir.resolve("r.json");
    assertThat(run("analyze", "-q", "corpus/rafah-2024", "--json", json.toString()).code()).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("storylines")).hasSize(1);
    JsonNode events = report.get("events");
    assertThat(events).hasSize(2);
    List<String> first = new ArrayList<>();
    events.get(0).get("articles").forEach(a -> first.add(a.asText()));
    assertThat(first).containsExactly("000_8f5287c78f024da0", "001_73969fc08ec52b04", "002_353da62e5ebac79a",
        "003_dd1f51f55cdb60a0");
    JsonNode brief = events.get(0).get("brief");
    assertThat(brief.size()).isBetween(3, 7);
    brief.forEach(b -> assertThat(b.get("sources").size()).isPositive());
    assertThat(events.get(0).get("quotes").size()).isPositive();
    assertThat(events.get(0).get("discrepancies").size()).isPositive();
    // why each article joined: the second report of the first call cites the first, sharing Sullivan
    JsonNode joined = events.get(0).get("assignments").get(1);
    assertThat(joined.get("article").asText()).isEqualTo("001_73969fc08ec52b04");
    assertThat(joined.get("partner").asText()).isEqualTo("000_8f5287c78f024da0");
    assertThat(joined.get("confidence").asDouble()).isBetween(0.5, 1.0);
    assertThat(joined.get("shared_names").toString()).contains("sullivan");
    JsonNode quotes = report.get("articles").get(4).get("annotations").get("quotes");
    List<String> speakers = new ArrayList<>();
    quotes.forEach(q -> speakers.add(q.get("speaker").asText(null)));
    assertThat(speakers).contains("John Kirby");
  }

  @Test
  void missingPathIsAUsageErrorWithOneLine() {
    CliRun r = run("analyze", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("parallax: no such file or directory:").doesNotContain("\n");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun r = run("analyze", "--frobnicate", "corpus");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("parallax: Unknown option: '--frobnicate'");
  }

  @Test
  void quietPrintsNothingAndOnlyUnreadableInputsExitThree() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    CliRun r = run("analyze", "--quiet", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("none of the 1 inputs could be read");
  }

  @Test
  void untrustedTextIsEscapedInMarkdown() throws Exception {
    Files.writeString(dir.resolve("x.jsonl"),
        "{\"id\": \"x\", \"title\": \"<script>alert(1)</script>\", \"text\": \"Officials met on Monday to discuss the plan.\"}\n");
    Path md = dir.resolve("r.md");
    assertThat(run("analyze", "-q", dir.toString(), "--md", md.toString()).code()).isZero();
    assertThat(Files.readString(md)).doesNotContain("<script>").contains("&lt;script&gt;");
  }
}
