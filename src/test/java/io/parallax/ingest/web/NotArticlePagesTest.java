package io.parallax.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.Ingested;
import io.parallax.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that news crawls (CC-NEWS) hold next to articles: database errors, adult pages, keyword
 * spam. Each is skipped with the reason, from HTML files, WARC records and JSONL records alike. The
 * pages are made up here, in the shape such pages have.
 */
class NotArticlePagesTest {

  static final String WORDPRESS_DATABASE_ERROR = "<!DOCTYPE html><html><head><title>Database Error</title></head>"
      + "<body id=\"error-page\"><div class=\"wp-die-message\"><h1>Error establishing a database connection</h1>"
      + "<p>This either means that the username and password information in your configuration file is incorrect"
      + " or that contact with the database server at localhost could not be made.</p></div></body></html>";

  static final String PHP_MYSQL_ERROR = "<html><head><title>Riverside Herald</title></head><body><div class=content>"
      + "<p>Warning: mysqli_connect(): (HY000/1040): Too many connections in /var/www/html/includes/db.php on line 12</p>"
      + "<p>Could not connect to the database. Please try again in a few minutes.</p></div></body></html>";

  static final String ADULT_RATED = "<html><head><title>Hot videos tonight</title>"
      + "<meta name=\"rating\" content=\"RTA-5042-1996-1400-1577-RTA\"></head><body><article>"
      + "<p>Thousands of new clips every day, streamed in full quality to every device you own, free for members.</p>"
      + "<p>Join tonight and browse the biggest collection online, updated every hour by our members.</p>"
      + "</article></body></html>";

  static final String ADULT_WORDS = "<html><head><title>Free porn videos - XXX tube</title></head><body><article>"
      + "<p>Watch free porn videos, hardcore xxx clips and nude webcam shows. The best porn tube with naked"
      + " amateurs, erotic stories and sex cams, updated daily.</p>"
      + "<p>You must be 18 or older to enter. Hot singles and xxx porn categories for every taste.</p>"
      + "</article></body></html>";

  static final String CASINO_SPAM = "<html><head><title>Best online casino bonus 2024</title></head><body><article>"
      + "<p>Casino bonus: free spins, jackpots and slots. Buy cheap viagra and cialis online, no prescription."
      + " Payday loans with a casino bonus, poker and roulette, betting bonus, cheap replica watches, buy now,"
      + " discount pills, online pharmacy, free spins, slots, jackpots, casino, casino, loans.</p>"
      + "</article></body></html>";

  /** A real report about an outage: it quotes error messages, and it is an article. */
  static final String OUTAGE_REPORT = "<html><head><title>Websites down across Europe after cloud outage</title></head>"
      + "<body><article><p>Several of the most visited websites in Europe were unreachable on Tuesday morning, with"
      + " many of them showing a 503 Service Unavailable message instead of their front pages.</p>"
      + "<p>The outage began shortly before eleven and lasted about an hour, the cloud provider said, blaming"
      + " a faulty configuration change that was rolled out to its servers in several countries at once.</p>"
      + "<p>Government sites, newspapers and online shops were among those affected. Engineers restored most"
      + " services within the hour, and the company said it would publish a full account of what went wrong.</p>"
      + "</article></body></html>";

  private final HtmlFileReader reader = new HtmlFileReader(new HtmlExtractor());

  private List<Ingested> readPage(Path dir, String name, String html) throws Exception {
    Path file = Files.writeString(dir.resolve(name), html);
    List<Ingested> out = new ArrayList<>();
    reader.read(file, out::add);
    return out;
  }

  private static String reason(List<Ingested> got) {
    assertThat(got).hasSize(1).first().isInstanceOf(Ingested.Failed.class);
    return ((Ingested.Failed) got.getFirst()).skipped().reason();
  }

  @Test
  void databaseErrorPagesAreSkippedWithTheReason(@TempDir Path dir) throws Exception {
    assertThat(reason(readPage(dir, "wp.html", WORDPRESS_DATABASE_ERROR))).isEqualTo("not an article: database error page");
    assertThat(reason(readPage(dir, "php.html", PHP_MYSQL_ERROR))).isEqualTo("not an article: database error page");
  }

  @Test
  void adultPagesAreSkippedByTheirRatingLabelOrTheirWords(@TempDir Path dir) throws Exception {
    assertThat(reason(readPage(dir, "rated.html", ADULT_RATED))).isEqualTo("not an article: adult content page");
    assertThat(reason(readPage(dir, "tube.html", ADULT_WORDS))).isEqualTo("not an article: adult content page");
  }

  @Test
  void keywordSpamIsSkipped(@TempDir Path dir) throws Exception {
    assertThat(reason(readPage(dir, "casino.html", CASINO_SPAM))).startsWith("not an article: spam page");
  }

  @Test
  void aReportAboutAnOutageIsStillAnArticle(@TempDir Path dir) throws Exception {
    List<Ingested> got = readPage(dir, "outage.html", OUTAGE_REPORT);

    assertThat(got).singleElement().isInstanceOf(Ingested.Read.class);
  }

  @Test
  void warcRecordsOfErrorAndSpamPagesAreSkippedAndTheArticleKept() throws Exception {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(response("https://herald.example/2024/05/db", WORDPRESS_DATABASE_ERROR));
    warc.writeBytes(response("https://cheap.example/casino", CASINO_SPAM));
    warc.writeBytes(response("https://news.example/2024/05/outage", OUTAGE_REPORT));
    List<Ingested> got = new ArrayList<>();

    new WarcReader().read(new java.io.ByteArrayInputStream(warc.toByteArray()), "cc-news.warc", got::add);

    assertThat(got).hasSize(3);
    assertThat(got.stream().filter(i -> i instanceof Ingested.Failed)
        .map(i -> ((Ingested.Failed) i).skipped().source() + ": " + ((Ingested.Failed) i).skipped().reason()))
        .containsExactly("cc-news.warc#https://herald.example/2024/05/db: not an article: database error page",
            "cc-news.warc#https://cheap.example/casino: not an article: spam page (keyword stuffing for casinos, pills,"
                + " loans or replicas)");
    assertThat(got.get(2)).isInstanceOf(Ingested.Read.class);
  }

  @Test
  void analyzeSkipsThemFromJsonlTooAndCountsThem(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("crawl.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"e1\",\"title\":\"Database Error\",\"text\":\"Error establishing a database connection\"}",
        "{\"id\":\"s1\",\"html\":" + quote(CASINO_SPAM) + "}",
        "{\"id\":\"a1\",\"title\":\"Websites down\",\"text\":\"Several websites were unreachable on Tuesday, the"
            + " provider said, after a faulty change to its servers.\"}"));

    var read = Pipeline.standardIngestor(io.parallax.ingest.IngestOptions.DEFAULTS).ingest(List.of(jsonl), (f, o) -> {});

    assertThat(read.articles()).extracting(io.parallax.model.Article::id).containsExactly("a1");
    assertThat(read.summary().skipped().stream().map(s -> s.reason()).collect(Collectors.toList()))
        .containsExactly("not an article: database error page",
            "not an article: spam page (keyword stuffing for casinos, pills, loans or replicas)");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** One WARC/1.0 response record holding an HTTP 200 HTML response. */
  static byte[] response(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(http);
    block.writeBytes(body);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(block.toByteArray());
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}
