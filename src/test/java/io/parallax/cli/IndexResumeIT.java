package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.store.Store;
import io.parallax.store.StoredEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax index} killed with {@code kill -9} again and again, and re-run on the same input
 * until it completes, assigns every article as one uninterrupted run does: real articles (stream-dev
 * and mixed-dev, 2,852), the event and storyline of each, and each event's article count, identical.
 */
class IndexResumeIT {

  static final int COMMIT_EVERY = 100;
  static final int KILLS = 6;
  private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) articles");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aRunKilledSixTimesAndReRunAssignsAsAnUninterruptedRun() throws Exception {
    Path input = realArticles(dir.resolve("articles.jsonl"));
    Path whole = dir.resolve("uninterrupted.jsonl");
    Path wholeStore = dir.resolve("uninterrupted");
    assertThat(Main.run("index", input.toString(), "--store", wholeStore.toString(),
        "--commit-every", "" + COMMIT_EVERY, "--out", whole.toString())).isZero();

    Path store = dir.resolve("resumed");
    Random random = new Random(19);
    long stored = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      // the first kill comes right after the first commit: what came before it must survive
      long target = kill == 0 ? 1 : stored + (1 + random.nextInt(3)) * COMMIT_EVERY;
      long committed = runAndKill(input, store, target, kill == 0 ? 0 : random.nextInt(700));
      if (committed < 0) break; // the run completed before it could be killed
      try (Store reopened = Store.open(store)) {
        long now = reopened.articleCount();
        if (kill == 0) {
          assertThat(committed).as("the first commit comes after the first group").isEqualTo(IndexCommand.EMBEDDING_GROUP);
        }
        assertThat(now).as("a kill loses nothing committed").isGreaterThanOrEqualTo(Math.max(stored, committed));
        stored = now;
      }
    }
    Path resumed = dir.resolve("resumed.jsonl");
    assertThat(Main.run("index", input.toString(), "--store", store.toString(),
        "--commit-every", "" + COMMIT_EVERY, "--out", resumed.toString())).isZero();

    Map<String, String> expected = assignments(whole);
    Map<String, String> actual = assignments(resumed);
    assertThat(expected).hasSize(lines(input));
    assertThat(actual).isEqualTo(expected);
    assertThat(eventSizes(store, expected)).isEqualTo(eventSizes(wholeStore, expected));
    try (Store done = Store.open(store)) {
      List<String> ids = done.articleIds();
      assertThat(new HashSet<>(ids)).hasSize(ids.size()).isEqualTo(expected.keySet());
    }
  }

  /**
   * Runs {@code index} in a child process until it reports a commit of at least {@code target}
   * articles, waits {@code delayMs} (uncommitted work in flight) and kills it; the count of that
   * commit, or -1 when the run ended first.
   */
  private long runAndKill(Path input, Path store, long target, int delayMs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "io.parallax.cli.Main", "index", input.toString(), "--store", store.toString(),
        "--commit-every", "" + COMMIT_EVERY).redirectErrorStream(true).start();
    long committed = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        Matcher m = COMMITTED.matcher(line);
        if (m.find() && Long.parseLong(m.group(1)) >= target) {
          committed = Long.parseLong(m.group(1));
          break;
        }
      }
      if (committed >= 0) {
        Thread.sleep(delayMs);
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    return committed;
  }

  /** stream-dev then mixed-dev, as one JSONL file; the test is skipped when ../shared/data is absent. */
  static Path realArticles(Path file) throws Exception {
    Path data = Stream.of(Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data"))
        .filter(Files::isDirectory).findFirst().orElse(Path.of("..", "shared", "data"));
    List<String> lines = new ArrayList<>();
    for (String set : List.of("stream-dev", "mixed-dev")) {
      Path articles = data.resolve(set).resolve("articles.jsonl");
      assumeTrue(Files.isRegularFile(articles), set + " not found beside the repository");
      lines.addAll(Files.readAllLines(articles, StandardCharsets.UTF_8));
    }
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static int lines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).size();
  }

  /** Article id to "event storyline", from an {@code --out} file. */
  private static Map<String, String> assignments(Path out) throws Exception {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode a = JSON.readTree(line);
      byId.put(a.get("id").asText(), a.get("event").asText() + " " + a.get("storyline").asText());
    }
    return byId;
  }

  /** The stored events of the assigned articles, each with its storyline and article count. */
  private static Map<String, String> eventSizes(Path storeDir, Map<String, String> assigned) throws Exception {
    Map<String, String> events = new LinkedHashMap<>();
    try (Store store = Store.open(storeDir)) {
      for (String assignment : assigned.values()) {
        String id = assignment.split(" ")[0];
        StoredEvent e = store.event(id).orElseThrow();
        events.put(id, e.storylineId() + " " + e.articleCount());
      }
    }
    return events;
  }
}
