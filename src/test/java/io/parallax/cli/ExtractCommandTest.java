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

  @Test
  void hugeBinaryBombedAndTruncatedInputsAreSkippedWithReasonsAndTheGoodPageIsStillWritten(@TempDir Path dir)
      throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    byte[] crawl = ExtractCommandTest.class.getResourceAsStream("/web/crawl.warc").readAllBytes();
    Files.write(pages.resolve("a-trunc.warc"), java.util.Arrays.copyOf(crawl, 2320)); // cut in a record header
    Files.writeString(pages.resolve("b-huge.html"), "<p>" + "x".repeat(1_200_000) + "</p>");
    byte[] noise = new byte[200_000];
    new java.util.Random(7).nextBytes(noise);
    Files.write(pages.resolve("c-noise.html"), noise);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pages.resolve("d-bomb.html.gz")))) {
      for (int i = 0; i < 40; i++) out.write("A".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    Files.write(pages.resolve("e-good.html"),
        ExtractCommandTest.class.getResourceAsStream("/web/harbour-article.html").readAllBytes());
    Path out = dir.resolve("pred.jsonl");

    CliRun r = CliRun.of("extract", pages.toString(), "--out", out.toString(), "--max-file-mb", "1", "--threads", "1");

    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).extracting(l -> JSON.readTree(l).get("id").asText())
        .containsExactly("11111111-2222-3333-4444-555555555555", "e-good");
    assertThat(r.err()).contains(
        "skipped " + pages.resolve("a-trunc.warc") + ": WARC truncated or damaged after 5 records (unexpected end of file)",
        "skipped " + pages.resolve("b-huge.html") + ": file too large: 1,200,007 bytes, the limit is 1,048,576",
        "skipped " + pages.resolve("c-noise.html") + ": binary data, not text",
        "skipped " + pages.resolve("d-bomb.html.gz") + ": gzipped page unpacks to more than 1,048,576 bytes",
        "2 pages written to " + out + ", 0 without main text, 4 inputs skipped");
  }

  @Test
  void aPageWithoutLanguageMetadataGetsTheIdentifiedLanguage(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("pont.html"), "<html><body><article><p>Le pont du port sera fermé à toute"
        + " circulation pendant six semaines à partir du 2 avril, le temps de remplacer les câbles corrodés, a annoncé"
        + " jeudi le conseil municipal.</p><p>Les automobilistes seront déviés par le tunnel est.</p></article></body></html>");
    Path out = dir.resolve("pred.jsonl");

    assertThat(Main.run("extract", page.toString(), "--out", out.toString(), "--quiet")).isZero();

    assertThat(JSON.readTree(Files.readAllLines(out).get(0)).get("language").asText()).isEqualTo("fr");
  }
}
