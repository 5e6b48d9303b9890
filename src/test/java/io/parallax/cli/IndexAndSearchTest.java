package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.store.Store;
import io.parallax.store.StoredArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IndexAndSearchTest {

  @TempDir Path dir;

  @Test
  void indexedArticlesSurviveARestartAndReIndexingAddsNoDuplicates() throws Exception {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();

    try (Store s = Store.open(store)) {
      assertThat(s.articleIds()).hasSize(5).doesNotHaveDuplicates();
      List<String> storylines = s.articleIds().stream().map(id -> {
        try {
          return s.article(id).map(StoredArticle::storylineId).orElseThrow();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).distinct().toList();
      assertThat(storylines).hasSize(1);
    }

    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("search", "--store", store.toString(), "evacuation", "Kirby")).isZero();
    assertThat(out.toString()).startsWith("article").contains("004_64a8b22b66e33c90");
  }

  @Test
  void indexRunTwiceWithOtherSpellingsOfAnOutletFilesThemUnderOneName() throws Exception {
    Path store = dir.resolve("store");
    Path first = Files.writeString(dir.resolve("monday.jsonl"), "{\"id\":\"g1\",\"outlet\":\"The Guardian\","
        + "\"url\":\"https://www.theguardian.com/uk/2024/mar/18/bridge\",\"text\":\"The harbour bridge will close"
        + " for six weeks from Monday, the council said.\"}\n");
    Path second = Files.writeString(dir.resolve("tuesday.jsonl"), String.join("\n",
        "{\"id\":\"g2\",\"outlet\":\"the Guardian\",\"text\":\"Ferries will run every fifteen minutes while the"
            + " bridge is closed.\"}",
        "{\"id\":\"g3\",\"outlet\":\"www.theguardian.com\",\"text\":\"Buses will be diverted through the tunnel"
            + " during the closure.\"}"));

    assertThat(Main.run("index", first.toString(), "--store", store.toString(), "--lexical")).isZero();
    assertThat(Main.run("index", second.toString(), "--store", store.toString(), "--lexical")).isZero();

    var archive = io.parallax.serve.ArticleArchive.of(store);
    assertThat(List.of("g1", "g2", "g3")).allSatisfy(id ->
        assertThat(archive.get(id).orElseThrow().article().outlet()).contains("The Guardian"));
    assertThat(Files.readString(store.resolve(IndexCommand.OUTLETS_FILE))).contains("\"id\" : \"theguardian.com\"");
  }

  @Test
  void searchWritesJsonLinesOnRequest() throws Exception {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();

    assertThat(searchJson(store, "evacuation", "Kirby")).singleElement().asString().matches(
        "\\{\"kind\":\"article\",\"id\":\"004_64a8b22b66e33c90\",\"title\":\"President Biden called .+\","
            + "\"score\":[0-9.]+,\"event\":\"e-004_64a8b22b66e33c90\",\"storyline\":\"s-000_8f5287c78f024da0\"}");
    assertThat(searchJson(store, "--limit", "3", "Rafah")).hasSize(3)
        .allSatisfy(l -> assertThat(l).startsWith("{\"kind\":").contains("\"score\":", "\"storyline\":\"s-000_8f5287c78f024da0\""));
    assertThat(searchJson(store, "Reykjavik")).isEmpty();
  }

  private static List<String> searchJson(Path store, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    List<String> command = new java.util.ArrayList<>(List.of("search", "--store", store.toString(), "--json"));
    command.addAll(List.of(args));
    assertThat(cli.execute(command.toArray(String[]::new))).isZero();
    return out.toString().lines().toList();
  }

  @Test
  void aRetrievalWindowOfNoArticlesIsRefused() {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString(), "--window", "0")).isNotZero();
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString(), "--window", "2")).isZero();
  }

  @Test
  void indexWritesTheAssignmentsItMakesAndOnReRunTheStoredOnes() throws Exception {
    Path store = dir.resolve("store");
    Path first = dir.resolve("first.jsonl");
    Path again = dir.resolve("again.jsonl");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString(), "--out", first.toString())).isZero();
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString(), "--out", again.toString())).isZero();

    List<String> lines = Files.readAllLines(first);
    // a re-run writes the stored assignment: the same three fields, without the confidence of the decision
    assertThat(lines).hasSize(5).extracting(l -> l.replaceFirst(",\"confidence\".*}$", "}"))
        .containsExactlyElementsOf(Files.readAllLines(again));
    assertThat(lines.get(0)).isEqualTo(
        "{\"id\":\"000_8f5287c78f024da0\",\"event\":\"e-000_8f5287c78f024da0\",\"storyline\":\"s-000_8f5287c78f024da0\",\"confidence\":1.0}");
    assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l).contains("\"event\":\"e-000_8f5287c78f024da0\""));
    assertThat(lines.get(4)).contains("\"event\":\"e-004_64a8b22b66e33c90\"", "\"storyline\":\"s-000_8f5287c78f024da0\"");
  }

  @Test
  void clusterWritesOneLinePerArticle() throws Exception {
    Path out = dir.resolve("pred.jsonl");
    assertThat(Main.run("cluster", "corpus/rafah-2024", "--out", out.toString())).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).matches("\\{\"id\":\"000_8f5287c78f024da0\",\"event\":\"e\\d+\",\"storyline\":\"s\\d+\",\"confidence\":1.0}");
    assertThat(lines.get(4)).contains("\"evidence\":{\"partner\":").containsPattern("\"confidence\":0\\.\\d+");
  }

  private static List<String> listing(Path store) throws java.io.IOException {
    try (var files = Files.list(store)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void searchReadsTheStoreWithoutLockingOrWritingItWhileAnotherWriterHoldsIt() throws Exception {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();

    try (Store writing = Store.open(store)) {
      List<String> before = listing(store);
      assertThat(searchJson(store, "evacuation", "Kirby")).singleElement().asString().contains("004_64a8b22b66e33c90");
      assertThat(listing(store)).isEqualTo(before);
    }
  }

  @Test
  void aSecondIndexOnAStoreInUseSaysSoPlainly() throws Exception {
    Path store = dir.resolve("store");
    try (Store writing = Store.open(store)) {
      CliRun r = CliRun.of("index", "corpus/rafah-2024", "--store", store.toString());

      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("parallax index: the store at " + store + " is in use by another process (a running "
          + "'parallax index'?); wait for it to finish, or give another --store" + System.lineSeparator());
    }
  }

  @Test
  void aDamagedStoreGetsAHintWhatToDo() throws Exception {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();
    for (String f : listing(store)) {
      if (f.startsWith("segments_")) Files.writeString(store.resolve(f), "this is not a Lucene commit");
    }

    for (String command : List.of("search", "index")) {
      CliRun r = CliRun.of(command, "--store", store.toString(), command.equals("index") ? "corpus/rafah-2024" : "Rafah");
      assertThat(r.code()).as(command).isEqualTo(1);
      assertThat(r.err()).as(command).startsWith("parallax " + command + ": the store at " + store + " is damaged")
          .endsWith("; move it aside and run 'parallax index' on your inputs again to rebuild it, or restore a backup"
              + System.lineSeparator());
    }
  }

  @Test
  void aMalformedQueryIsOneLineAndExitCode2() throws Exception {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();

    CliRun r = CliRun.of("search", "--store", store.toString(), "title:(");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("parallax: Cannot read search query 'title:(': ").hasLineCount(1);
  }
}
