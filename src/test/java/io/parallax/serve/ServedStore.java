package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.cli.Main;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A store indexed with {@code parallax index} (the command's own code path) into a temporary folder,
 * served on a free loopback port: what the reader's tests run against.
 */
final class ServedStore implements AutoCloseable {

  static final Path SAMPLE = Path.of("corpus", "rafah-2024");
  static final Path HOSTILE = Path.of("src", "test", "resources", "serve", "hostile.jsonl");
  static final ObjectMapper JSON = new ObjectMapper();

  final Library library;
  final WebServer server;
  final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServedStore(Library library, WebServer server, int port) {
    this.library = library;
    this.server = server;
    this.base = "http://127.0.0.1:" + port;
  }

  static ServedStore index(Path store, Optional<String> token, Path... inputs) throws IOException {
    return index(store, token, OutletGroups.NONE, inputs);
  }

  static ServedStore index(Path store, Optional<String> token, OutletGroups groups, Path... inputs) throws IOException {
    List<String> args = new ArrayList<>(List.of("index"));
    for (Path p : inputs) args.add(p.toString());
    args.addAll(List.of("--store", store.toString()));
    assertThat(Main.run(args.toArray(String[]::new))).as("parallax index exit code").isZero();
    Library library = Library.open(store);
    WebServer server = new WebServer(library, new WriteAccess(token), groups);
    return new ServedStore(library, server, server.start("127.0.0.1", 0));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  HttpResponse<String> post(String path, String body, Optional<String> authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    authorization.ifPresent(a -> b.header("Authorization", a));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The id of the event holding {@code articleId}, from the API. */
  String eventOf(String articleId) throws IOException, InterruptedException {
    for (JsonNode e : getJson("/api/events").get("events")) {
      for (JsonNode a : e.get("articles")) if (a.asText().equals(articleId)) return e.get("id").asText();
    }
    throw new AssertionError("no event holds " + articleId);
  }

  @Override
  public void close() throws IOException {
    server.close();
    library.close();
  }
}
