package io.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parallax.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a local server on 127.0.0.1 only. */
class PoliteFetcherTest {

  private static final String ARTICLE = "<html><head><title>Bridge closes | Courier</title></head><body><article>"
      + "<p>The harbour bridge will close to all traffic for six weeks from 2 April while engineers replace corroded"
      + " cables, the city council said on Thursday.</p><p>Drivers will be diverted through the eastern tunnel,"
      + " which the council expects to add up to 20 minutes to journeys at peak times.</p></article></body></html>";

  private HttpServer server;
  private ExecutorService executor;
  private String base;
  private final Map<String, List<Long>> hits = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
    switch (path) {
      case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n");
      case "/article" -> send(ex, 200, "text/html; charset=utf-8", ARTICLE);
      case "/r1" -> redirect(ex, "/r2");
      case "/r2" -> redirect(ex, base + "/article");
      case "/loop" -> redirect(ex, "/loop");
      case "/big" -> send(ex, 200, "text/html", "<p>" + "x".repeat(100_000) + "</p>");
      case "/slow" -> {
        try {
          Thread.sleep(6_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(ex, 200, "text/html", ARTICLE);
      }
      case "/drip" -> drip(ex, 40);
      case "/feed.xml" -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
          + "<title>Courier</title><item><title>Bridge closes</title><link>" + base + "/article</link>"
          + "<description>Short summary only.</description></item><item><title>Secret</title><link>" + base
          + "/private/x</link><description>The feed's own text for an item whose page robots.txt forbids."
          + "</description></item></channel></rss>");
      default -> send(ex, 404, "text/plain", "not found");
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Headers at once, then the body one byte every 250 ms. */
  private static void drip(HttpExchange ex, int bytes) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/plain");
    ex.sendResponseHeaders(200, bytes);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < bytes; i++) {
        out.write('#');
        out.flush();
        Thread.sleep(250);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client hung up: what the test wants
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static FetchOptions options(Duration delay, Duration timeout, int maxBytes, int maxRedirects) {
    return new FetchOptions("ParallaxBot/0.1", delay, timeout, maxBytes, maxRedirects, true);
  }

  private PoliteFetcher fetcher() {
    return new PoliteFetcher(options(Duration.ZERO, Duration.ofSeconds(5), 1 << 20, 5));
  }

  @Test
  void fetchesAPageAndReadsItsCharset() {
    try (PoliteFetcher f = fetcher()) {
      FetchResult r = f.fetch(base + "/article");

      assertThat(r).isInstanceOfSatisfying(FetchResult.Fetched.class, p -> {
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.charset()).contains("utf-8");
        assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(p.truncated()).isFalse();
      });
    }
  }

  @Test
  void obeysRobotsTxt() {
    try (PoliteFetcher f = fetcher()) {
      FetchResult r = f.fetch(base + "/private/report");

      assertThat(r).isInstanceOfSatisfying(FetchResult.Refused.class,
          x -> assertThat(x.reason()).contains("robots.txt").contains("/private/report"));
      assertThat(hits).doesNotContainKey("/private/report");
    }
  }

  @Test
  void refusesLoopbackUnlessAllowed() {
    try (PoliteFetcher f = new PoliteFetcher(FetchOptions.defaults())) {
      FetchResult r = f.fetch(base + "/article");

      assertThat(r).isInstanceOfSatisfying(FetchResult.Refused.class,
          x -> assertThat(x.reason()).contains("127.0.0.1").contains("--allow-private"));
      assertThat(hits).isEmpty();
    }
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    try (PoliteFetcher f = fetcher();
        PoliteFetcher strict = new PoliteFetcher(options(Duration.ZERO, Duration.ofSeconds(5), 1 << 20, 1))) {
      assertThat(f.fetch(base + "/r1")).isInstanceOfSatisfying(FetchResult.Fetched.class,
          p -> assertThat(p.url()).isEqualTo(base + "/article"));
      assertThat(strict.fetch(base + "/r1")).isInstanceOfSatisfying(FetchResult.Refused.class,
          x -> assertThat(x.reason()).contains("more than 1 redirects"));
      assertThat(f.fetch(base + "/loop")).isInstanceOf(FetchResult.Refused.class);
    }
  }

  @Test
  void capsTheBodySize() {
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ZERO, Duration.ofSeconds(5), 10_000, 5))) {
      assertThat(f.fetch(base + "/big")).isInstanceOfSatisfying(FetchResult.Fetched.class, p -> {
        assertThat(p.body()).hasSize(10_000);
        assertThat(p.truncated()).isTrue();
      });
    }
  }

  @Test
  void givesUpOnASlowServer() {
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ZERO, Duration.ofMillis(1500), 1 << 20, 5))) {
      assertThat(f.fetch(base + "/slow")).isInstanceOfSatisfying(FetchResult.Refused.class,
          x -> assertThat(x.reason()).contains("timed out"));
    }
  }

  @Test
  void spacesRequestsToOneHost() {
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ofMillis(250), Duration.ofSeconds(5), 1 << 20, 5))) {
      long start = System.nanoTime();
      f.fetch(base + "/article");
      f.fetch(base + "/article");
      long elapsed = System.nanoTime() - start;

      // robots.txt, then two pages: each request after the first waits its 250 ms turn
      assertThat(hits.get("/robots.txt")).hasSize(1);
      assertThat(hits.get("/article")).hasSize(2);
      assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }
  }

  @Test
  void fetchCommandReadsAFeedAndItsItemPages(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("fetched.jsonl");

    int code = Main.run("fetch", base + "/feed.xml", "--out", out.toString(), "--allow-private", "--delay", "0");

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo(base + "/article");
    assertThat(first.get("text").asText()).startsWith("The harbour bridge will close").contains("\n\nDrivers");
    assertThat(first.get("title").asText()).isEqualTo("Bridge closes");
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertThat(second.get("text").asText()).isEqualTo("The feed's own text for an item whose page robots.txt forbids.");
  }

  @Test
  void theTimeoutCoversABodyThatArrivesOneByteAtATime() {
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ZERO, Duration.ofMillis(1500), 1 << 20, 5))) {
      assertThat(f.fetch(base + "/drip")).isInstanceOfSatisfying(FetchResult.Refused.class,
          x -> assertThat(x.reason()).isEqualTo("timed out after 1500 ms (the limit covers headers and the whole body): "
              + base + "/drip"));
    }
  }

  @Test
  void aRobotsTxtThatDripsRefusesTheHostAndSaysWhy() throws IOException {
    HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    slow.setExecutor(executor);
    slow.createContext("/", ex -> {
      if (ex.getRequestURI().getPath().equals("/robots.txt")) drip(ex, 40);
      else send(ex, 200, "text/html", ARTICLE);
    });
    slow.start();
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ZERO, Duration.ofMillis(1500), 1 << 20, 5))) {
      assertThat(f.fetch("http://127.0.0.1:" + slow.getAddress().getPort() + "/article"))
          .isInstanceOfSatisfying(FetchResult.Refused.class, x -> assertThat(x.reason()).isEqualTo(
              "robots.txt of 127.0.0.1 could not be fetched (no complete response within 1500 ms); nothing is fetched "
                  + "from a host whose robots.txt is unreachable (RFC 9309)"));
    } finally {
      slow.stop(0);
    }
  }

  @Test
  void aRefusedConnectionIsReportedAsUnreachableNotAsARobotsTxtRule() throws IOException {
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort(); // nothing listens there once it is closed
    }
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ZERO, Duration.ofMillis(1500), 1 << 20, 5))) {
      assertThat(f.fetch("http://127.0.0.1:" + closed + "/article")).isInstanceOfSatisfying(FetchResult.Refused.class,
          x -> assertThat(x.reason()).startsWith("robots.txt of 127.0.0.1 could not be fetched (")
              .doesNotContain("disallows"));
    }
  }

  @Test
  void fetchExitsWith3WhenNoUrlCouldBeFetched(@TempDir Path dir) {
    int code = Main.run("fetch", base + "/missing", "--out", dir.resolve("o.jsonl").toString(), "--allow-private",
        "--delay", "0");

    assertThat(code).isEqualTo(3);
  }

  @Test
  void fetchExitsWith4WhenSomeUrlsCouldNotBeFetched(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("o.jsonl");

    int code = Main.run("fetch", base + "/article", base + "/missing", "--out", out.toString(), "--allow-private",
        "--delay", "0");

    assertThat(code).isEqualTo(4);
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  @Test
  void theLargestBodyCapIsAccepted() {
    try (PoliteFetcher f = new PoliteFetcher(options(Duration.ZERO, Duration.ofSeconds(5), Integer.MAX_VALUE, 5))) {
      assertThat(f.fetch(base + "/article")).isInstanceOfSatisfying(FetchResult.Fetched.class,
          p -> assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE));
    }
  }
}
