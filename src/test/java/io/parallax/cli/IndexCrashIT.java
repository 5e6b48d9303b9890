package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.store.Store;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code kill -9} during {@code parallax index} leaves a store that opens and can be completed by re-running. */
class IndexCrashIT {

  static final int ARTICLES = 4000;

  @TempDir Path dir;

  @Test
  void killedIndexRunCanBeReRunToCompletionWithoutDuplicates() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    writeArticles(input);
    Path store = dir.resolve("store");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "io.parallax.cli.Main", "index", input.toString(), "--store", store.toString(), "--commit-every", "100")
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int commits = 0;
      while ((line = out.readLine()) != null) {
        // after the first group (32), 100, 200 and 300: mid-run, with uncommitted work in flight
        if (line.contains("committed") && ++commits == 4) break;
      }
      assertThat(commits).as("the child reported commits before it was killed").isEqualTo(4);
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    long afterKill;
    try (Store reopened = Store.open(store)) {
      afterKill = reopened.articleCount();
    }
    assertThat(afterKill).isBetween(300L, (long) ARTICLES - 1);

    assertThat(Main.run("index", input.toString(), "--store", store.toString(), "--commit-every", "500")).isZero();

    try (Store done = Store.open(store)) {
      List<String> ids = done.articleIds();
      assertThat(ids).hasSize(ARTICLES);
      assertThat(new HashSet<>(ids)).hasSize(ARTICLES);
      assertThat(done.articleCount()).isEqualTo(ARTICLES);
    }
  }

  /** Short synthetic wire stories: a few topics, varied names, places, numbers and days. */
  static void writeArticles(Path file) throws Exception {
    String[] topics = {"earthquake struck", "storm flooded", "strike closed", "election was won in", "fire destroyed"};
    String[] places = {"Lima", "Oslo", "Nairobi", "Manila", "Quito", "Hanoi", "Accra", "Riga"};
    String[] people = {"Maria Lopez", "John Okafor", "Ana Silva", "Lee Min", "Omar Haddad", "Eva Novak"};
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    Random r = new Random(7);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        String place = places[r.nextInt(places.length)];
        String text = "A " + topics[r.nextInt(topics.length)] + " parts of " + place + " on " + days[r.nextInt(days.length)]
            + ", officials said. " + people[r.nextInt(people.length)] + " told reporters that " + (r.nextInt(900) + 10)
            + " people were affected and " + (r.nextInt(40) + 1) + " were injured. Residents of " + place
            + " described the scene as chaotic.";
        w.write("{\"id\": \"art-" + i + "\", \"text\": \"" + text + "\"}\n");
      }
    }
  }
}
