package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that once stopped a batch or fooled a terminal, each fed to the command it broke. */
class HostileInputsTest {

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static final String STORY = "The harbour bridge will close for six weeks of repairs from Monday, the city council said. "
      + "Ferries will run every twenty minutes while the bridge is closed, the transport office said.";

  /** A JSONL line whose id and text hold a lone surrogate: valid JSON, not encodable in UTF-8. */
  private Path loneSurrogate() throws Exception {
    return Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"x\\ud800y\",\"title\":\"Bridge \\ud800 closes\",\"text\":\"x \\ud800 y. " + STORY + "\"}\n");
  }

  @Test
  void aLoneSurrogateNoLongerKillsTheMarkdownReport() throws Exception {
    Path md = dir.resolve("r.md");

    CliRun r = run("analyze", loneSurrogate().toString(), "--md", md.toString());

    assertThat(r.code()).isZero();
    assertThat(Files.readString(md)).contains("Bridge \uFFFD closes");
    assertThat(r.out()).contains("1 inputs, 1 processed, 0 skipped");
  }

  @Test
  void articleTextWithHtmlAndMarkdownComesOutInertInEverySectionOfTheMarkdownReport() throws Exception {
    String hostile = "The council said the bridge <script>alert(1)</script> will close "
        + "<img src=x onerror=alert(2)> for [six weeks](javascript:alert(3)) of repairs from Monday. ";
    String quote = "\\\"It is <b onmouseover=alert(4)>necessary</b> and ![safe](javascript:alert(5))\\\", said Mayor Ann Lee.";
    Path in = Files.writeString(dir.resolve("two.jsonl"),
        "{\"id\":\"a\",\"outlet\":\"Daily <i>Post</i>\",\"title\":\"Bridge to close\",\"text\":\"" + hostile + quote + " " + STORY + "\"}\n"
        + "{\"id\":\"b\",\"outlet\":\"Evening [News](javascript:x)\",\"title\":\"Bridge closing\",\"text\":\"" + hostile + quote + " " + STORY + "\"}\n");
    Path md = dir.resolve("r.md");

    CliRun r = run("analyze", in.toString(), "--md", md.toString());

    assertThat(r.code()).isZero();
    String report = Files.readString(md);
    assertThat(report).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Consensus", "Copied text");
    assertThat(report).doesNotContain("<script", "<img", "<b ", "<i>", "![safe]")
        .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:"); // a link needs an unescaped "](": here every "]" is "\\]"
  }

  @Test
  void aLoneSurrogateInAnIdStillGivesWholeJsonLinesFromIndex() throws Exception {
    Path out = dir.resolve("assign.jsonl");

    CliRun r = run("index", loneSurrogate().toString(), "--store", dir.resolve("store").toString(), "--out", out.toString());

    assertThat(r.code()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("id").asText()).isEqualTo("x\uFFFDy");
  }

  @Test
  void fileNamesAndTitlesReachTheTerminalWithoutEscapeSequencesOrBidiOverrides() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("\u001b]0;owned\u0007\u001b[2J.docx"), "not read");
    Files.writeString(docs.resolve("bridge.txt"), "Bridge \u001b[2Jcloses \u202Efor repairs\u202C in March\n\n" + STORY);
    String store = dir.resolve("store").toString();

    CliRun index = run("index", docs.toString(), "--store", store);
    CliRun search = run("search", "--store", store, "bridge");

    assertThat(index.code()).isZero();
    assertThat(search.code()).isZero();
    for (String shown : List.of(index.err(), search.out())) {
      assertThat(shown).doesNotContain("\u001b", "\u0007", "\u202E");
    }
    assertThat(index.err()).contains("skipped " + docs + "/]0;owned[2J.docx: unsupported file type");
    assertThat(search.out()).contains("Bridge [2Jcloses for repairs in March");
  }

  @Test
  void indexExitsWith3WhenNoInputCouldBeRead() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");

    CliRun r = run("index", empty.toString(), "--store", dir.resolve("store").toString());

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).containsOnlyOnce("none of the 1 inputs could be read");
  }
}
