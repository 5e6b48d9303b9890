package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.parallax.cli.Main;
import io.parallax.fetch.FetchOptions;
import io.parallax.story.Stories;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live ingestion: a feed served on loopback is polled, its new items fetched, extracted and indexed; seen items are not fetched again. */
class FeedPollerTest {

  @TempDir Path tmp;
  HttpServer site;
  final Map<String, String> pages = new ConcurrentHashMap<>();
  final List<String> requested = java.util.Collections.synchronizedList(new ArrayList<>());
  /** Validators the site gives per path (absent: none), and the conditional requests it answered 304. */
  final Map<String, String> etags = new ConcurrentHashMap<>();
  final Map<String, String> lastModified = new ConcurrentHashMap<>();
  final List<String> notModified = java.util.Collections.synchronizedList(new ArrayList<>());
  String base;

  @BeforeEach
  void startSite() throws Exception {
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requested.add(path);
      String body = pages.get(path);
      String etag = etags.get(path);
      String modified = lastModified.get(path);
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
      if (etag != null) exchange.getResponseHeaders().set("ETag", etag);
      if (modified != null) exchange.getResponseHeaders().set("Last-Modified", modified);
      if (body != null && (etag != null ? etag.equals(ifNoneMatch) : modified != null && modified.equals(ifModifiedSince))) {
        notModified.add(path + " If-None-Match: " + ifNoneMatch + ", If-Modified-Since: " + ifModifiedSince);
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
      if (body != null) exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    site.start();
    base = "http://127.0.0.1:" + site.getAddress().getPort();
    pages.put("/robots.txt", "User-agent: *\nAllow: /\n");
  }

  @AfterEach
  void stopSite() {
    site.stop(0);
  }

  private String feed(String... items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Riverton Post</title>"
        + "<link>" + base + "/</link><description>news</description>");
    for (String item : items) {
      b.append("<item><title>").append(item).append(" headline</title><link>").append(base).append("/").append(item)
          .append(".html</link><description>").append(item)
          .append(" in Riverton: the short summary the feed gives.</description><pubDate>Sat, 04 May 2024 10:00:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String page(String title, String lead) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Riverton Post\"></head>"
        + "<body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + lead + "</p>"
        + "<p>The town council said more than 300 volunteers helped run the lantern festival in Riverton, which began in 1987 "
        + "and has grown every year since, drawing visitors from across the region to the river banks.</p>"
        + "<p>Organisers said tickets sold out by noon and that next year's festival would add a second night.</p></article>"
        + "</body></html>";
  }

  /** The feed with one item, and its page. */
  private void lanternsFeed() {
    pages.put("/feed.xml", feed("lanterns"));
    pages.put("/lanterns.html", page("Lantern festival draws record crowds", "The lantern festival in Riverton drew 40,000 visitors on Saturday."));
  }

  /** A second item in the feed, and its page. */
  private void paradeAdded() {
    pages.put("/feed.xml", feed("lanterns", "parade"));
    pages.put("/parade.html", page("Riverton parade closes lantern week", "A parade through Riverton closed the lantern festival on Sunday."));
  }

  /** A store holding the hostile fixture (a lantern festival event), indexed with {@code parallax index}. */
  private Path hostileStore() {
    Path store = tmp.resolve("store");
    assertThat(Main.run("index", ServedStore.HOSTILE.toString(), "--store", store.toString())).isZero();
    return store;
  }

  @Test
  void newItemsAreIndexedOnceAndServedWithoutARestart() throws Exception {
    lanternsFeed();
    Path store = hostileStore();
    FetchOptions polite = new FetchOptions("ParallaxTest/1", Duration.ZERO, Duration.ofSeconds(10), 1 << 20, 2, true);
    List<String> log = new ArrayList<>();
    try (Library library = Library.open(store);
        FeedPoller poller = new FeedPoller(library, List.of(base + "/feed.xml"), polite, 50, log::add)) {
      List<Stories.Assignment> first = poller.pollOnce();
      assertThat(first).as("log: %s, requested: %s", log, requested).extracting(Stories.Assignment::articleId).containsExactly(base + "/lanterns.html");
      Catalog.ArticleInfo a = library.catalog().article(base + "/lanterns.html").orElseThrow();
      assertThat(a.outlet()).isEqualTo("Riverton Post");
      assertThat(library.catalog().event(a.eventId()).orElseThrow().articleIds()).hasSizeGreaterThan(1); // joins the fixture's festival event

      assertThat(poller.pollOnce()).isEmpty();
      assertThat(requested.stream().filter(p -> p.equals("/lanterns.html"))).hasSize(1);

      paradeAdded();
      assertThat(poller.pollOnce()).extracting(Stories.Assignment::articleId).containsExactly(base + "/parade.html");
      assertThat(library.catalog().articleCount()).isEqualTo(4);
    }
  }

  @Test
  void anUnchangedFeedIsAskedForWithItsETagAndAnswered304() throws Exception {
    lanternsFeed();
    etags.put("/feed.xml", "\"v1\"");
    lastModified.put("/feed.xml", "Sat, 04 May 2024 12:00:00 GMT");
    Path store = hostileStore();
    try (Library library = Library.open(store);
        FeedPoller poller = new FeedPoller(library, List.of(base + "/feed.xml"), LOOPBACK, 50, s -> { })) {
      assertThat(poller.pollOnce()).hasSize(1);
      assertThat(notModified).isEmpty();

      assertThat(poller.pollOnce()).isEmpty();
      assertThat(notModified).containsExactly("/feed.xml If-None-Match: \"v1\", If-Modified-Since: Sat, 04 May 2024 12:00:00 GMT");

      paradeAdded();
      etags.put("/feed.xml", "\"v2\"");
      assertThat(poller.pollOnce()).extracting(Stories.Assignment::articleId).containsExactly(base + "/parade.html");
    }
  }

  @Test
  void aFeedWithOnlyLastModifiedIsAskedForSinceThen() throws Exception {
    lanternsFeed();
    lastModified.put("/feed.xml", "Sat, 04 May 2024 12:00:00 GMT");
    Path store = hostileStore();
    try (Library library = Library.open(store);
        FeedPoller poller = new FeedPoller(library, List.of(base + "/feed.xml"), LOOPBACK, 50, s -> { })) {
      poller.pollOnce();
      assertThat(poller.pollOnce()).isEmpty();
      assertThat(notModified).containsExactly("/feed.xml If-None-Match: null, If-Modified-Since: Sat, 04 May 2024 12:00:00 GMT");
    }
  }

  static final FetchOptions LOOPBACK = new FetchOptions("ParallaxTest/1", Duration.ZERO, Duration.ofSeconds(10), 1 << 20, 2, true);

  @Test
  void refusedFeedsAreLoggedNotFatal() throws Exception {
    Path store = hostileStore();
    FetchOptions publicOnly = new FetchOptions("ParallaxTest/1", Duration.ZERO, Duration.ofSeconds(10), 1 << 20, 2, false);
    List<String> log = new ArrayList<>();
    try (Library library = Library.open(store);
        FeedPoller poller = new FeedPoller(library, List.of(base + "/feed.xml", base + "/missing.xml"), publicOnly, 50, log::add)) {
      assertThat(poller.pollOnce()).isEmpty();
      assertThat(log).hasSize(2).allSatisfy(l -> assertThat(l).contains("not fetched"));
      assertThat(library.catalog().articleCount()).isEqualTo(2);
    }
  }
}
