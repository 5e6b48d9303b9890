package io.parallax.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.Ingested;
import io.parallax.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebReadersTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WebReadersTest.class.getResource("/web/" + name).toURI());
  }

  private static List<Ingested> read(io.parallax.ingest.SourceReader reader, Path file) throws IOException {
    List<Ingested> out = new ArrayList<>();
    reader.read(file, out::add);
    return out;
  }

  private static Article article(Ingested i) {
    assertThat(i).isInstanceOf(Ingested.Read.class);
    return ((Ingested.Read) i).article();
  }

  @Test
  void readsAGzippedPageUnderItsFileName(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("harbour-bridge.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(resource("harbour-article.html")));
    }
    HtmlFileReader reader = new HtmlFileReader(extractor);

    List<Ingested> got = read(reader, gz);

    assertThat(reader.accepts(gz)).isTrue();
    assertThat(reader.accepts(dir.resolve("notes.txt"))).isFalse();
    Article a = article(got.getFirst());
    assertThat(a.id()).isEqualTo("harbour-bridge");
    assertThat(a.title()).contains("Harbour bridge to close for six weeks of repairs");
    assertThat(a.text()).startsWith("The harbour bridge will close to all traffic");
  }

  @Test
  void reportsAPageWithoutText(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("app-shell.html"),
        "<html><body><div id=app></div><script>render()</script></body></html>");

    List<Ingested> got = read(new HtmlFileReader(extractor), empty);

    assertThat(got).singleElement().isInstanceOfSatisfying(Ingested.Failed.class,
        f -> assertThat(f.skipped().reason()).contains("no main text"));
  }

  @Test
  void readsRssItemsWithContentOrDescription() throws Exception {
    FeedReader reader = new FeedReader(extractor);
    Path rss = resource("harbour-news.rss");

    List<Ingested> got = read(reader, rss);

    assertThat(reader.accepts(rss)).isTrue();
    assertThat(got).hasSize(3);
    Article bridge = article(got.get(0));
    assertThat(bridge.id()).isEqualTo("courier-2024-0314-bridge");
    assertThat(bridge.text()).isEqualTo("The harbour bridge will close to all traffic for six weeks from 2 April"
        + " while engineers replace corroded cables, the city council said on Thursday.\n\n"
        + "Drivers will be diverted through the eastern tunnel.");
    assertThat(bridge.title()).contains("Harbour bridge to close for six weeks of repairs");
    assertThat(bridge.published()).contains(OffsetDateTime.parse("2024-03-14T07:30:00Z"));
    assertThat(bridge.authors()).containsExactly("Priya Natarajan");
    assertThat(bridge.outlet()).contains("The Coastal Courier");
    assertThat(bridge.language()).contains("en-gb");
    assertThat(bridge.url()).contains("https://www.coastalcourier.example/news/2024/03/14/harbour-bridge-repairs");

    Article ferry = article(got.get(1));
    assertThat(ferry.id()).isEqualTo("https://www.coastalcourier.example/news/2024/03/15/ferry-early-sailings");
    assertThat(ferry.text()).isEqualTo(
        "The ferry operator will add two sailings before 7am during the bridge closure.\n\nTickets go on sale on Monday.");
    assertThat(ferry.published()).contains(OffsetDateTime.parse("2024-03-15T08:00:00Z"));

    assertThat(got.get(2)).isInstanceOfSatisfying(Ingested.Failed.class,
        f -> assertThat(f.skipped().reason()).contains("no content or description text"));
  }

  @Test
  void readsAtomEntries() throws Exception {
    List<Ingested> got = read(new FeedReader(extractor), resource("observatory.atom"));

    assertThat(got).hasSize(2);
    Article light = article(got.get(0));
    assertThat(light.id()).isEqualTo("tag:observatory.example,2024-05-01:/blog/first-light");
    assertThat(light.title()).contains("New telescope sees first light");
    assertThat(light.text()).isEqualTo("The observatory's new 2.4-metre telescope took its first image on Wednesday"
        + " night, a picture of the Whirlpool galaxy.\n\nRegular observations begin in September.");
    assertThat(light.published()).contains(OffsetDateTime.parse("2024-05-01T19:15:00Z"));
    assertThat(light.authors()).containsExactly("Dr. Ines Moreau", "Karl Berg");
    assertThat(light.outlet()).contains("Mountain Observatory Blog");
    assertThat(article(got.get(1)).text()).isEqualTo("Visitors can tour the domes on 15 June.");
  }

  @Test
  void acceptsXmlFilesOnlyWhenTheyAreFeeds(@TempDir Path dir) throws Exception {
    Path feed = Files.copy(resource("observatory.atom"), dir.resolve("blog.xml"));
    Path other = Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset></urlset>");

    assertThat(new FeedReader(extractor).accepts(feed)).isTrue();
    assertThat(new FeedReader(extractor).accepts(other)).isFalse();
  }

  @Test
  void readsOnlyHtmlResponsesFromAWarc() throws Exception {
    for (String name : List.of("crawl.warc", "crawl.warc.gz")) {
      WarcReader reader = new WarcReader(extractor);
      Path warc = resource(name);

      List<Ingested> got = read(reader, warc);

      assertThat(reader.accepts(warc)).isTrue();
      assertThat(got).as(name).hasSize(2);
      Article pont = article(got.get(0));
      assertThat(pont.id()).isEqualTo("11111111-2222-3333-4444-555555555555");
      assertThat(pont.source()).endsWith(name + "#https://www.lecourrier.example/2024/03/14/pont-ferme");
      assertThat(pont.text()).startsWith("Le pont du port sera fermé à toute circulation pendant six semaines");
      assertThat(pont.title()).contains("Le pont du port fermé six semaines");
      assertThat(pont.language()).contains("fr");
      assertThat(pont.outlet()).contains("Le Courrier");
      assertThat(pont.url()).contains("https://www.lecourrier.example/2024/03/14/pont-ferme");
      assertThat(pont.published()).contains(OffsetDateTime.parse("2024-03-14T00:00:00Z"));

      Article ferry = article(got.get(1));
      assertThat(ferry.id()).isEqualTo("66666666-7777-8888-9999-000000000000");
      assertThat(ferry.text()).isEqualTo("The ferry operator will add two early sailings during the closure of the"
          + " harbour bridge, it said on Friday.\n\nTickets for the new sailings go on sale on Monday morning at the"
          + " harbour office.");
    }
  }

  @Test
  void keepsTheRecordsBeforeATruncationAndReportsTheRest(@TempDir Path dir) throws Exception {
    byte[] whole = Files.readAllBytes(resource("crawl.warc"));
    Path truncated = Files.write(dir.resolve("trunc.warc"), java.util.Arrays.copyOf(whole, 2320)); // in the ferry record's header

    List<Ingested> got = read(new WarcReader(extractor), truncated);

    assertThat(got).hasSize(2);
    assertThat(article(got.get(0)).id()).isEqualTo("11111111-2222-3333-4444-555555555555");
    assertThat(got.get(1)).isInstanceOf(Ingested.Failed.class);
    assertThat(((Ingested.Failed) got.get(1)).skipped().reason()).doesNotContain("\n")
        .containsAnyOf("truncated", "damaged");
  }

  @Test
  void relativeItemLinksAreResolvedAgainstTheFeed(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("courier.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
        + "<title>Courier</title><link>https://www.courier.example/news/</link>"
        + "<item><title>Bridge closes</title><link>/2024/03/bridge</link>"
        + "<description>The harbour bridge closes for six weeks.</description></item>"
        + "<item><title>Ferries added</title><link>ferries</link>"
        + "<description>Two early ferries are added.</description></item></channel></rss>");

    List<Ingested> got = read(new FeedReader(extractor), feed);

    assertThat(got).extracting(i -> article(i).url().orElseThrow())
        .containsExactly("https://www.courier.example/2024/03/bridge", "https://www.courier.example/news/ferries");
  }
}
