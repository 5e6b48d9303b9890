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
}
