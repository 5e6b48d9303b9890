package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in every field of an article (title, outlet, author, body, a quotation) goes through every
 * output: the terminal gets no control or bidi characters, Markdown gets no live HTML, links or images, and
 * JSON keeps the text exactly as read.
 */
class HostileTextInEveryOutputTest {

  /** HTML, a javascript: link, Markdown link and image syntax, ANSI and OSC sequences, a bidi override. */
  private static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> "
      + "<a href=\"javascript:alert(3)\">see</a> [more](javascript:alert(4)) ![pic](javascript:alert(5)) "
      + "\u001b[2J\u001b]0;owned\u0007 \u202Edesrever\u202C";

  private static final String STORY = "The harbour bridge will close for six weeks of repairs from Monday, the city council said. "
      + "Ferries will run every twenty minutes while the bridge is closed, the transport office said. "
      + "\"We had no choice but to close it now,\" said Mayor Ann Lee, who called the repairs overdue.";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path input;
  private final List<ObjectNode> lines = new ArrayList<>();

  @BeforeEach
  void twoOutletsReportOneEventInHostileText() throws Exception {
    for (String id : List.of("a", "b")) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("id", id);
      o.put("title", "Bridge to close " + HOSTILE);
      o.put("outlet", (id.equals("a") ? "Daily Post " : "Evening News ") + HOSTILE);
      o.putArray("authors").add("Jo Smith " + HOSTILE);
      o.put("published", "2024-03-18T09:00:00Z");
      o.put("story", "bridge");
      o.put("text", "The council said the bridge " + HOSTILE + " will close. \"It is " + HOSTILE
          + " necessary,\" said Mayor Ann Lee. " + STORY);
      lines.add(o);
    }
    StringBuilder b = new StringBuilder();
    for (ObjectNode o : lines) b.append(JSON.writeValueAsString(o)).append('\n');
    input = Files.writeString(dir.resolve("hostile.jsonl"), b.toString());
  }

  @Test
  void analyzeKeepsTheTerminalCleanTheMarkdownInertAndTheJsonExact() throws Exception {
    Path json = dir.resolve("r.json");
    Path md = dir.resolve("r.md");

    CliRun r = CliRun.of("analyze", input.toString(), "--json", json.toString(), "--md", md.toString());

    assertThat(r.code()).isZero();
    assertTerminalSafe(r.out());
    assertTerminalSafe(r.err());
    assertThat(r.out()).contains("Bridge to close");

    String markdown = Files.readString(md);
    assertThat(markdown).contains("Bridge to close", "&lt;script&gt;");
    assertTerminalSafe(markdown);
    assertThat(markdown).doesNotContainPattern("<[A-Za-z/!]") // no tag of any kind
        .doesNotContainPattern("(?<!\\\\)\\]\\((?i:javascript)") // no link or image: every "]" is escaped
        .doesNotContainPattern("(?<!\\\\)!\\[");

    JsonNode report = JSON.readTree(json.toFile());
    JsonNode a = report.get("articles").get(0);
    assertThat(a.get("title").asText()).isEqualTo(lines.get(0).get("title").asText());
    assertThat(a.get("original_text").asText()).isEqualTo(lines.get(0).get("text").asText());
    // bylines are metadata and get cleaned like page bylines (cut before a parenthesis), but never escaped
    assertThat(a.get("authors").get(0).asText()).startsWith("Jo Smith <script>");
  }

  @Test
  void jsonLinesCommandsKeepHostileTextExactAndParseable() throws Exception {
    Path quotes = dir.resolve("q.jsonl");
    Path clusters = dir.resolve("c.jsonl");
    Path briefs = dir.resolve("b.jsonl");

    CliRun q = CliRun.of("quotes", input.toString(), "--out", quotes.toString());
    CliRun c = CliRun.of("cluster", input.toString(), "--out", clusters.toString());
    CliRun b = CliRun.of("brief", input.toString(), "--stories-from", "story", "--out", briefs.toString());

    for (CliRun run : List.of(q, c, b)) {
      assertThat(run.code()).isZero();
      assertTerminalSafe(run.out());
      assertTerminalSafe(run.err());
    }
    String text = lines.get(0).get("text").asText();
    JsonNode firstQuotes = JSON.readTree(Files.readAllLines(quotes).get(0));
    assertThat(firstQuotes.get("quotes")).isNotEmpty();
    for (JsonNode quote : firstQuotes.get("quotes")) {
      int start = quote.get("start").asInt();
      int end = quote.get("end").asInt();
      assertThat(quote.get("text").asText()).isEqualTo(text.substring(start, end)); // exact, offsets into the text
    }
    assertThat(Files.readAllLines(clusters)).hasSize(2).allSatisfy(l -> JSON.readTree(l));
    JsonNode brief = JSON.readTree(Files.readAllLines(briefs).get(0));
    assertThat(brief.get("brief")).isNotEmpty();
    for (JsonNode sentence : brief.get("brief")) {
      assertThat(text + " " + lines.get(1).get("text").asText() + " " + lines.get(0).get("title").asText()
          + " " + lines.get(1).get("title").asText()).contains(sentence.get("text").asText());
    }
  }

  private static void assertTerminalSafe(String shown) {
    assertThat(shown).doesNotContain("\u001b", "\u0007", "\u009b", "\u202E", "\u202C");
  }
}
