package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesOneLinePerPageWithTheContractFields(@TempDir Path dir) throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages/sub"));
    byte[] article = ExtractCommandTest.class.getResourceAsStream("/web/harbour-article.html").readAllBytes();
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pages.resolve("a1b2c3.html.gz")))) {
      out.write(article);
    }
    Files.writeString(dir.resolve("pages/bare.htm"), "<html><body><p>Just one paragraph of text, with no title,"
        + " no date and no author anywhere on the page.</p></body></html>");
    Files.writeString(dir.resolve("pages/truncated.html.gz"), "this is not gzip");
    Path out = dir.resolve("pred.jsonl");

    int code = Main.run("extract", dir.resolve("pages").toString(), "--out", out.toString(), "--quiet");

    assertThat(code).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(2);
    JsonNode bare = lines.get(0);
    assertThat(bare.properties()).extracting(java.util.Map.Entry::getKey)
        .containsExactly("id", "text", "title", "published", "authors", "outlet", "url", "language");
    assertThat(bare.get("id").asText()).isEqualTo("bare");
    assertThat(bare.get("title").isNull()).isTrue();
    assertThat(bare.get("published").isNull()).isTrue();
    assertThat(bare.get("authors").isArray()).isTrue();
    assertThat(bare.get("authors")).isEmpty();
    assertThat(bare.get("url").isNull()).isTrue();

    JsonNode full = lines.get(1);
    assertThat(full.get("id").asText()).isEqualTo("a1b2c3");
    assertThat(full.get("text").asText()).startsWith("The harbour bridge will close");
    assertThat(full.get("title").asText()).isEqualTo("Harbour bridge to close for six weeks of repairs");
    assertThat(full.get("published").asText()).isEqualTo("2024-03-14T08:30:00+01:00");
    assertThat(full.get("authors")).extracting(JsonNode::asText).containsExactly("Priya Natarajan", "Tom O'Hare");
    assertThat(full.get("outlet").asText()).isEqualTo("The Coastal Courier");
    assertThat(full.get("language").asText()).isEqualTo("en-GB");
  }

  @Test
  void refusesAMissingPath(@TempDir Path dir) {
    assertThat(Main.run("extract", dir.resolve("nowhere").toString(), "--out", dir.resolve("o.jsonl").toString()))
        .isEqualTo(2);
  }
}
