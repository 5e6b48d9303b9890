package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's acceptance test: one folder of every hostile input found in real-world runs, plus three
 * good articles, fed to every command that reads folders. Each command must finish with exit code 0,
 * account for every input, and bring the good articles through.
 */
class HostileFolderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> GOOD = List.of("000_8f5287c78f024da0", "001_73969fc08ec52b04", "002_353da62e5ebac79a");
  /** Inputs skipped (with a reason) by the commands that read every format. */
  private static final List<String> SKIPPED = List.of("bomb.html.gz", "noise.html", "pipe.txt", "gone.txt", "loop",
      ".hidden.txt", "empty.txt", "broken.jsonl#L1", "trunc.warc");

  @TempDir static Path dir;
  static Path folder;

  @BeforeAll
  static void hostileFolder() throws Exception {
    folder = Files.createDirectories(dir.resolve("inputs"));
    for (String id : GOOD) Files.copy(Path.of("corpus/rafah-2024", id + ".txt"), folder.resolve(id + ".txt"));
    // once a stack overflow in the tokenizer: long runs of letters, numbers, initials
    write("genome.txt", "The sample read " + "ACGT".repeat(625) + " in full.");
    write("numbers.txt", "Counts: " + IntStream.range(0, 2000).mapToObj(Integer::toString).collect(Collectors.joining(",")) + ".");
    write("initials.txt", "Signed " + "A.A.".repeat(775) + " at the end.");
    // once an exit 1 from the UTF-8 writers: a lone surrogate, valid in JSON
    write("surrogate.jsonl", "{\"id\":\"lone\\ud800\",\"title\":\"x \\ud800 y\",\"text\":\"x \\ud800 y: the council met on Monday.\"}\n");
    // a control sequence in a file name
    write("\u001b]0;owned\u0007\u001b[2J.txt", "The council met on Monday and approved the harbour budget.");
    // once an exit 1 with a byte dump: a WARC cut inside a record header (the record before it is kept)
    byte[] crawl = HostileFolderTest.class.getResourceAsStream("/web/crawl.warc").readAllBytes();
    Files.write(folder.resolve("trunc.warc"), Arrays.copyOf(crawl, 2320));
    // a gzip bomb: 21 MiB of one letter in 21 kB
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("bomb.html.gz")))) {
      byte[] run = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 21; i++) out.write(run);
    }
    // random bytes named like a page
    byte[] noise = new byte[100_000];
    new Random(19).nextBytes(noise);
    Files.write(folder.resolve("noise.html"), noise);
    // things that are not regular files, or not meant to be read
    assertThat(new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start().waitFor()).isZero();
    Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("deleted.txt"));
    Files.createSymbolicLink(folder.resolve("loop"), folder);
    write(".hidden.txt", "Notes to self.");
    write("empty.txt", "");
    write("broken.jsonl", "{\"id\": \"cut\", \"text\": \"The council\n");
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> ids(Path jsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) ids.add(JSON.readTree(line).get("id").asText());
    return ids;
  }

  private static void skipsEachHostileInput(String command, String err) {
    for (String name : SKIPPED) {
      assertThat(err).as(command + " " + name).contains("skipped " + folder.resolve(name));
    }
    assertThat(err).as(command).doesNotContain("\u001b", "\u0007", "Exception");
  }

  @Test
  void analyzeAccountsForEveryInputAndReportsTheGoodArticles() throws Exception {
    Path report = dir.resolve("report.json");
    Path md = dir.resolve("report.md");

    CliRun r = CliRun.of("analyze", folder.toString(), "--json", report.toString(), "--md", md.toString());

    assertThat(r.code()).isZero();
    JsonNode summary = JSON.readTree(report.toFile()).get("summary");
    assertThat(summary.get("inputs").asInt()).isEqualTo(18);
    assertThat(summary.get("processed").asInt()).isEqualTo(9);
    assertThat(summary.get("skipped")).hasSize(9);
    assertThat(r.out()).contains("18 inputs, 9 processed, 9 skipped").doesNotContain("\u001b", "\u0007");
    List<String> articles = new ArrayList<>();
    JSON.readTree(report.toFile()).get("articles").forEach(a -> articles.add(a.get("id").asText()));
    assertThat(articles).containsAll(GOOD).contains("lone\uFFFD", "11111111-2222-3333-4444-555555555555");
    assertThat(Files.readString(md)).contains("x \uFFFD y");
  }

  @Test
  void quotesClusterAndIndexBringTheGoodArticlesThroughAndNameEverySkip() throws Exception {
    for (String command : List.of("quotes", "cluster", "index")) {
      Path out = dir.resolve(command + ".jsonl");
      List<String> args = new ArrayList<>(List.of(command, folder.toString(), "--out", out.toString()));
      if (command.equals("index")) args.addAll(List.of("--store", dir.resolve("store").toString()));

      CliRun r = CliRun.of(args.toArray(String[]::new));

      assertThat(r.code()).as(command).isZero();
      assertThat(ids(out)).as(command).hasSize(9).containsAll(GOOD);
      skipsEachHostileInput(command, r.err());
    }
  }

  @Test
  void extractReadsTheWebInputsAndSkipsTheRestWithReasons() throws Exception {
    Path out = dir.resolve("extract.jsonl");

    CliRun r = CliRun.of("extract", folder.toString(), "--out", out.toString());

    assertThat(r.code()).isZero();
    assertThat(ids(out)).containsExactly("11111111-2222-3333-4444-555555555555");
    assertThat(r.err()).contains("skipped " + folder.resolve("bomb.html.gz") + ": gzipped page unpacks to more than",
        "skipped " + folder.resolve("noise.html") + ": binary data, not text",
        "skipped " + folder.resolve("trunc.warc") + ": WARC truncated or damaged after 5 records",
        "skipped " + folder.resolve("pipe.txt") + ": not a regular file",
        "1 pages written to " + out).doesNotContain("\u001b", "\u0007", "Exception");
  }
}
