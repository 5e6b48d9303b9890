package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.web.HtmlFileReader;
import io.parallax.model.Article;
import io.parallax.model.Skipped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir Path dir;

  private final Ingestor ingestor = new Ingestor(List.of(
      new TextFileReader(IngestOptions.DEFAULTS),
      new HtmlFileReader(new HtmlExtractor()),
      new JsonlReader(IngestOptions.DEFAULTS, new HtmlExtractor()::convert)));

  private Ingestor.Result ingest(Path... paths) throws IOException {
    return ingestor.ingest(List.of(paths), (f, o) -> {});
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String reasonFor(Ingestor.Result r, String fileName) {
    return r.summary().skipped().stream().filter(s -> s.source().contains(fileName))
        .map(Skipped::reason).findFirst().orElse("(not skipped)");
  }

  @Test
  void textFileBecomesAnArticleNamedAfterTheFile() throws IOException {
    write("storm-2024.txt", "Storm closes ports\n\nThe storm closed three ports on Tuesday, officials said.");
    Ingestor.Result r = ingest(dir);
    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("storm-2024");
    assertThat(a.title()).contains("Storm closes ports");
    assertThat(a.text()).startsWith("Storm closes ports\n\nThe storm");
    assertThat(r.summary().processed()).isEqualTo(1);
  }

  @Test
  void foldersAreWalkedRecursivelyInNameOrder() throws IOException {
    write("b/two.txt", "Second article text about the council vote.");
    write("a/one.txt", "First article text about the council vote.");
    write("a/deeper/three.txt", "Third article text about the council vote.");
    assertThat(ingest(dir).articles()).extracting(Article::id).containsExactly("three", "one", "two");
  }

  @Test
  void hostileFilesAreSkippedWithSpecificReasonsAndTheRestGoesOn() throws IOException {
    write("good.txt", "The council approved the budget on Monday after a long debate.");
    write("empty.txt", "");
    write("blank.txt", "   \n\n  ");
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    write("notes.docx", "whatever");
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("good");
    assertThat(r.summary().inputs()).isEqualTo(5);
    assertThat(reasonFor(r, "empty.txt")).isEqualTo("empty file (0 bytes)");
    assertThat(reasonFor(r, "blank.txt")).isEqualTo("no text: the file holds only white space");
    assertThat(reasonFor(r, "binary.txt")).startsWith("binary data, not text (NUL byte at offset 4)");
    assertThat(reasonFor(r, "notes.docx")).startsWith("unsupported file type \".docx\"");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
    byte[] latin = "Caf\u00e9 owners in Montr\u00e9al protested the new tax on Friday.".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin.txt"), latin);
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles().get(0).text()).startsWith("Café owners in Montréal");
    assertThat(r.summary().warnings()).singleElement().asString().contains("not valid UTF-8; decoded as windows-1252");
  }

  @Test
  void oversizedFileIsSkippedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] line = "The committee met again on Thursday to discuss the report.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L << 20; written += line.length) out.write(line);
    }
    write("small.txt", "A short article about the committee meeting on Thursday.");
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("small");
    assertThat(reasonFor(r, "huge.txt")).startsWith("file too large: 52,428,8").contains("the limit is 20,971,520");
  }

  @Test
  void jsonlLinesAreInputsAndAMalformedLineSkipsOnlyItself() throws IOException {
    write("feed.jsonl", """
        {"id": "x1", "outlet": "Reuters", "title": "Rates held", "published": "2024-03-18T14:00:00Z", "text": "The bank held rates at 5.25% on Monday.", "extra": 1}
        {"id": "x2", "text": "broken
        {"id": "x3", "url": "https://example.org/a", "published": "2024-03-19", "html": "<html><body><nav>Home</nav><p>Markets rallied after the decision.</p></body></html>"}

        [1, 2, 3]
        {"id": "x5", "url": "https://example.org/x5"}
        {"id": "x6", "title": "Headline only: markets close higher", "text": ""}
        """);
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("x1", "x3", "x6");
    assertThat(r.articles().get(2).text()).isEqualTo("Headline only: markets close higher");
    Article x1 = r.articles().get(0);
    assertThat(x1.outlet()).contains("Reuters");
    assertThat(x1.published()).contains(OffsetDateTime.parse("2024-03-18T14:00:00Z"));
    assertThat(x1.source()).endsWith("feed.jsonl#L1");
    Article x3 = r.articles().get(1);
    assertThat(x3.text()).isEqualTo("Markets rallied after the decision.");
    assertThat(x3.published()).contains(OffsetDateTime.parse("2024-03-19T00:00Z"));
    assertThat(x3.url()).contains("https://example.org/a");
    assertThat(r.summary().inputs()).isEqualTo(6);
    assertThat(r.summary().skipped()).extracting(Skipped::source, Skipped::reason)
        .anySatisfy(t -> assertThat(t.toList()).element(1).asString().startsWith("malformed JSON"))
        .anySatisfy(t -> assertThat(t.toList()).element(1).asString().isEqualTo("a JSONL line must be a JSON object, found array"))
        .anySatisfy(t -> assertThat(t.toList()).element(1).asString().isEqualTo("no \"text\" or \"html\" field with content (id x5)"));
  }

  @Test
  void fieldNamesOfOtherNewsToolsAreRead() throws IOException {
    write("tools.jsonl", """
        {"id": "np", "title": "Rafah warning", "maintext": "Biden spoke to Netanyahu on Monday.", "date_publish": "2024-03-18 14:05:00", "source_domain": "apnews.com", "link": "https://apnews.com/a"}
        {"id": "na", "headline": "Call held", "content": "The leaders spoke for 45 minutes.", "publishedAt": "2024-03-18T20:00:00Z", "source": {"id": null, "name": "Reuters"}}
        {"id": "rss", "body": "The call lasted an hour.", "pubDate": "Tue, 19 Mar 2024 10:00:00 GMT", "publisher": "BBC News"}
        {"id": "epoch", "text": "Officials met again.", "date": "1710756000"}
        {"id": "both", "text": "Officials met.", "published": "2024-03-18", "date": "2020-01-01"}
        """);
    List<Article> a = ingest(dir).articles();
    assertThat(a).extracting(Article::id).containsExactly("np", "na", "rss", "epoch", "both");
    assertThat(a.get(0).text()).isEqualTo("Biden spoke to Netanyahu on Monday.");
    assertThat(a.get(0).published()).contains(OffsetDateTime.parse("2024-03-18T14:05:00Z"));
    assertThat(a.get(0).outlet()).contains("apnews.com");
    assertThat(a.get(0).url()).contains("https://apnews.com/a");
    assertThat(a.get(1).title()).contains("Call held");
    assertThat(a.get(1).outlet()).contains("Reuters");
    assertThat(a.get(1).published()).contains(OffsetDateTime.parse("2024-03-18T20:00:00Z"));
    assertThat(a.get(2).published()).contains(OffsetDateTime.parse("2024-03-19T10:00:00Z"));
    assertThat(a.get(2).outlet()).contains("BBC News");
    assertThat(a.get(3).published()).contains(OffsetDateTime.parse("2024-03-18T10:00:00Z"));
    assertThat(a.get(4).published()).contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
    assertThat(a.get(4).attributes()).containsEntry("date", "2020-01-01");
  }

  @Test
  void unparseablePublicationDateIsAWarningNotASkip() throws IOException {
    write("d.jsonl", "{\"id\": \"d1\", \"published\": \"last Tuesday\", \"text\": \"Officials met.\"}\n");
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles().get(0).published()).isEmpty();
    assertThat(r.summary().warnings()).singleElement().asString()
        .contains("\"published\" is not a date or date-time (ISO-8601, RFC 1123, a written date or epoch seconds; years 1971-2099): \"last Tuesday\"");
  }

  @Test
  void aPlaceholderPublicationDateIsLeftAbsent() throws IOException {
    write("p.jsonl", "{\"id\": \"p1\", \"published\": \"1970-01-01T00:00:00Z\", \"text\": \"Officials met.\"}\n");
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.published()).isEmpty());
    assertThat(r.summary().warnings()).singleElement().asString().contains("years 1971-2099): \"1970-01-01T00:00:00Z\"");
  }

  @Test
  void duplicateIdsAreRenamedNotLost() throws IOException {
    write("a/story.txt", "One version of the story about the flood.");
    write("b/story.txt", "Another version of the story about the flood.");
    assertThat(ingest(dir).articles()).extracting(Article::id).containsExactly("story", "story~2");
  }

  @Test
  void nonEnglishTextIsProcessedWithAWarning() throws IOException {
    write("de.txt", "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen. Die Opposition kritisiert "
        + "die Pläne scharf, weil sie zu spät kommen. Der Kanzler verteidigte die Entscheidung im Bundestag "
        + "und kündigte weitere Gespräche mit den Ländern an. Die Gewerkschaften fordern mehr Geld für Pflegekräfte.");
    Ingestor.Result r = ingest(dir);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).language()).contains("de");
    assertThat(r.summary().warnings()).singleElement().asString().contains("text looks like language \"de\", not English");
  }

  @Test
  void htmlPageKeepsParagraphsAndDropsNavigation() throws IOException {
    write("page.html", "<html><head><title>Port strike ends</title><meta property='og:site_name' content='Harbour Times'></head>"
        + "<body><nav><a href='/'>Home</a></nav><p>Dock workers returned on Friday.</p><p>The deal raises pay by 4%.</p>"
        + "<footer>© Harbour Times</footer></body></html>");
    Article a = ingest(dir).articles().get(0);
    assertThat(a.text()).isEqualTo("Dock workers returned on Friday.\n\nThe deal raises pay by 4%.");
    assertThat(a.title()).contains("Port strike ends");
    assertThat(a.outlet()).contains("Harbour Times");
  }

  @Test
  void fifosDanglingLinksLinkLoopsAndDotFilesAreCountedAsSkippedWithTheirReason() throws Exception {
    write("good.txt", "The council approved the budget on Monday after a long debate.");
    Path fifo = dir.resolve("pipe.txt");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted.txt"));
    Files.createSymbolicLink(dir.resolve("sub"), dir);
    write(".notes.txt", "Reminder: the council meets again on Thursday.");

    Ingestor.Result r = ingest(dir);

    assertThat(r.articles()).extracting(Article::id).containsExactly("good");
    assertThat(r.summary().inputs()).isEqualTo(5);
    assertThat(r.summary().skipped()).hasSize(4);
    assertThat(reasonFor(r, "pipe.txt")).startsWith("not a regular file (a FIFO");
    assertThat(reasonFor(r, "gone.txt")).startsWith("dangling symbolic link");
    assertThat(reasonFor(r, "sub")).startsWith("symbolic link loop");
    assertThat(reasonFor(r, ".notes.txt")).startsWith("hidden file");
  }

  @Test
  void aFifoGivenByNameIsSkippedInsteadOfBlocking() throws Exception {
    Path fifo = dir.resolve("pipe.jsonl");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    assertThat(reasonFor(ingest(fifo), "pipe.jsonl")).startsWith("not a regular file (a FIFO");
  }

  @Test
  void anUnreadableSubfolderIsSkippedAndTheRestIsRead() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads every folder");
    write("good.txt", "The council approved the budget on Monday after a long debate.");
    Path locked = Files.createDirectories(dir.resolve("locked"));
    write("locked/inside.txt", "Hidden by permissions.");
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      Ingestor.Result r = ingest(dir);
      assertThat(r.articles()).extracting(Article::id).containsExactly("good");
      assertThat(reasonFor(r, "locked")).startsWith("folder not readable");
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aTextLongerThanThePerArticleLimitIsCutAtASpaceWithAWarning() throws IOException {
    write("long.txt", "Council votes. ".repeat(20));
    Ingestor small = new Ingestor(List.of(new TextFileReader(IngestOptions.DEFAULTS)), 50);

    Ingestor.Result r = small.ingest(List.of(dir), (f, o) -> {});

    assertThat(r.articles().get(0).text()).isEqualTo("Council votes. Council votes. Council votes. ");
    assertThat(r.summary().warnings()).containsExactly(dir.resolve("long.txt")
        + ": text is 300 characters; only the first 45 are analysed (the per-article limit, --max-text-chars)");
  }

  @Test
  void oneInvalidByteInAUtf8FileIsReplacedInsteadOfTurningTheFileIntoMojibake() throws IOException {
    byte[] good = "\u201cWe will rebuild,\u201d the mayor said in Z\u00fcrich on Monday.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xFF;
    Files.write(dir.resolve("mayor.txt"), bytes);

    Ingestor.Result r = ingest(dir);

    assertThat(r.articles().get(0).text()).isEqualTo("\u201cWe will rebuild,\u201d the mayor said in Z\u00fcrich on Monday.\uFFFD");
    assertThat(r.summary().warnings()).contains(dir.resolve("mayor.txt")
        + ": 1 invalid UTF-8 byte sequence replaced by U+FFFD (the rest of the file is valid UTF-8)");
  }

  @Test
  void aNewsPleaseArticleFileIsReadAsOneArticleNamedAfterTheFile() throws IOException {
    write("3f2a9c.json", """
        {
          "authors": ["Priya Natarajan"],
          "date_publish": "2024-03-18 14:05:00",
          "maintext": "The harbour bridge will close for six weeks of repairs, the city council said on Monday.",
          "source_domain": "www.coastalcourier.example",
          "title": "Harbour bridge to close",
          "url": "https://www.coastalcourier.example/bridge"
        }
        """);

    Ingestor.Result r = ingest(dir);

    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("3f2a9c");
    assertThat(a.text()).isEqualTo("The harbour bridge will close for six weeks of repairs, the city council said on Monday.");
    assertThat(a.title()).contains("Harbour bridge to close");
    assertThat(a.outlet()).contains("www.coastalcourier.example");
    assertThat(a.published()).contains(OffsetDateTime.parse("2024-03-18T14:05:00Z"));
    assertThat(a.authors()).containsExactly("Priya Natarajan");
  }

  @Test
  void aJsonFileThatJacksonTakesForUtf32IsSkippedWithTheReason() throws IOException {
    // found by JsonlReaderFuzzTest: four zero bytes first make Jackson decode UTF-32, which then fails
    Files.write(dir.resolve("odd.json"), new byte[] {0, 0, 0, 0, 0, ':', '"', 'a', '1', '"', '}'});

    Ingestor.Result r = ingest(dir);

    assertThat(r.articles()).isEmpty();
    assertThat(r.summary().skipped()).singleElement().satisfies(s -> assertThat(s.reason())
        .startsWith("unreadable JSON (Invalid UTF-32 character").endsWith("; JSON must be UTF-8 text"));
  }

  @Test
  void newsPleaseAuthorListsLoseDatelinesPlaceholdersAndCutAsides() throws IOException {
    write("crawl.jsonl", String.join("\n",
        "{\"id\":\"a\",\"text\":\"Dock workers ended their strike.\",\"authors\":[\"Hamburg\",\"Germany\"]}",
        "{\"id\":\"b\",\"text\":\"Wildfires spread north.\",\"authors\":[\"Maanvi Singh (now\",\"No Author\"]}"));

    Ingestor.Result r = ingest(dir);

    assertThat(r.articles()).extracting(Article::authors).containsExactly(List.of(), List.of("Maanvi Singh"));
  }

  @Test
  void aNewsSitemapIsNamedInItsSkipReason() throws IOException {
    write("news-sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://www.courier.example/2024/03/bridge</loc></url></urlset>");

    assertThat(reasonFor(ingest(dir), "news-sitemap.xml"))
        .isEqualTo("an XML sitemap: it lists page URLs, not articles; fetch the pages with 'parallax fetch URL…'");
  }

  @Test
  void oneOutletGetsOneNameAcrossSpellingsAndHosts() throws IOException {
    String text = "\"text\": \"The council approved the harbour budget on Monday.\"";
    write("batch.jsonl", String.join("\n",
        "{\"id\": \"g1\", \"outlet\": \"The Guardian\", \"url\": \"https://www.theguardian.com/a\", " + text + "}",
        "{\"id\": \"g2\", \"outlet\": \"the Guardian\", \"url\": \"https://www.theguardian.com/b\", " + text + "}",
        "{\"id\": \"g3\", \"outlet\": \"www.theguardian.com\", " + text + "}",
        "{\"id\": \"g4\", \"url\": \"https://theguardian.com/d\", " + text + "}",
        "{\"id\": \"b1\", \"outlet\": \"BBC News\", \"url\": \"https://www.bbc.com/news/x\", " + text + "}",
        "{\"id\": \"b2\", \"outlet\": \"www.bbc.com\", " + text + "}",
        "{\"id\": \"x1\", \"outlet\": \"www.example.org\", " + text + "}"));

    Ingestor.Result r = ingest(dir);

    assertThat(r.articles()).extracting(a -> a.id() + "=" + a.outlet().orElse("?")).containsExactly(
        "g1=The Guardian", "g2=The Guardian", "g3=The Guardian", "g4=The Guardian", "b1=BBC News", "b2=BBC News",
        "x1=www.example.org");
  }
}
