package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  @TempDir Path dir;

  private record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, err.toString());
  }

  @Test
  void aMissingStoreIsNoInput() {
    Run r = run("serve", "--store", dir.resolve("absent").toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no store at").contains("parallax index");
  }

  @Test
  void unusableArgumentsExitWith2() throws Exception {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    assertThat(run("serve", "--store", store.toString(), "--port", "70000").code()).isEqualTo(2);
    Path shortToken = Files.writeString(dir.resolve("token"), "short");
    Run r = run("serve", "--store", store.toString(), "--token-file", shortToken.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("shorter than 16");
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# news\nhttps://example.org/rss\nfile:///etc/passwd\n");
    Run f = run("serve", "--store", store.toString(), "--feeds", feeds.toString());
    assertThat(f.code()).isEqualTo(2);
    assertThat(f.err()).contains("not an http(s) feed URL").contains("file:///etc/passwd");
    assertThat(run("serve", "--store", store.toString(), "--feeds", dir.resolve("none.txt").toString()).code()).isEqualTo(2);
  }

  @Test
  void servesTheIndexedSampleUntilStopped() throws Exception {
    Path store = dir.resolve("store");
    assertThat(Main.run("index", "corpus/rafah-2024", "--store", store.toString())).isZero();
    ServeCommand serve = new ServeCommand();
    CommandLine cli = new CommandLine(serve);
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cli.execute("--store", store.toString(), "--port", "0"));
    Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    Matcher m = url.matcher("");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(m = url.matcher(err.toString())).find()) {
      assertThat(code).as("server exited early: " + err).isNotDone();
      assertThat(System.nanoTime()).as("server start").isLessThan(deadline);
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    assertThat(err.toString()).contains("5 articles, 2 events");
    HttpResponse<String> events = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/api/events")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.body()).contains("004_64a8b22b66e33c90");
    serve.stop.countDown();
    assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
  }
}
