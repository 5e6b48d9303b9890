package io.parallax.ingest.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.Ingested;
import io.parallax.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: one article per item, its text from the
 * item's content (else its description/summary) turned from HTML into paragraphs. Files named
 * {@code .rss}, {@code .atom}, {@code .feed} (optionally {@code .gz}) are feeds; {@code .xml} files are
 * feeds when they start with {@code <rss}, {@code <feed} or {@code <rdf:RDF}.
 */
public final class FeedReader implements io.parallax.ingest.SourceReader {

  private final HtmlExtractor extractor;

  public FeedReader(HtmlExtractor extractor) {
    this.extractor = extractor;
  }

  public FeedReader() {
    this(new HtmlExtractor());
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".feed")) {
      return true;
    }
    if (!name.endsWith(".xml")) {
      return false;
    }
    try {
      String head = new String(HtmlFileReader.readBytesLimited(file, 4096), StandardCharsets.ISO_8859_1);
      return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    byte[] bytes = HtmlFileReader.readBytes(file);
    read(bytes, file.toString(), HtmlFileReader.idOf(file).replaceFirst("(?i)\\.(rss|atom|feed|xml)$", ""), sink);
  }

  /** Reads feed {@code bytes} (from {@code source}); items without a link or guid get ids {@code stem#n}. */
  public void read(byte[] bytes, String source, String stem, Consumer<Ingested> sink) throws IOException {
    SyndFeed feed;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(in));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IOException("not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    String outlet = HtmlExtractor.outletName(feed.getTitle()).orElse(null);
    String language = blankToNull(feed.getLanguage());
    // item links may be relative ("/2024/03/bridge"): resolved against the feed's URL, else its <link>
    String base = source.startsWith("http://") || source.startsWith("https://") ? source : blankToNull(feed.getLink());
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String itemSource = source + "#item" + (i + 1);
      try {
        sink.accept(item(entry, stem + "#" + (i + 1), itemSource, outlet, language, base));
      } catch (RuntimeException e) {
        sink.accept(new Ingested.Failed(itemSource, "feed item could not be read: " + e.getMessage()));
      }
    }
  }

  private Ingested item(SyndEntry entry, String fallbackId, String source, String outlet, String language, String base) {
    String html = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        html = c.getValue();
        break;
      }
    }
    if (html == null && entry.getDescription() != null) {
      html = entry.getDescription().getValue();
    }
    String text = html == null ? "" : extractor.fragmentText(html);
    if (text.isBlank()) {
      return new Ingested.Failed(source, "feed item has no content or description text; nothing to analyse");
    }
    String link = resolve(base, blankToNull(entry.getLink()));
    String id = blankToNull(entry.getUri()) != null ? entry.getUri().strip() : link != null ? link : fallbackId;
    List<String> authors = new ArrayList<>();
    for (SyndPerson p : entry.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        authors.add(p.getName().strip());
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(entry.getAuthor().strip());
    }
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Article article = Article.builder(id, source, text)
        .title(entry.getTitle() == null ? null : extractor.fragmentText(entry.getTitle()))
        .published(date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC))
        .authors(io.parallax.extract.Authors.clean(authors))
        .outlet(outlet)
        .url(link)
        .language(language)
        .build();
    return new Ingested.Read(article);
  }

  /** {@code link} resolved against {@code base} when it is relative and the base is an absolute URL. */
  static String resolve(String base, String link) {
    if (link == null || base == null) return link;
    try {
      java.net.URI uri = new java.net.URI(link);
      if (uri.isAbsolute()) return link;
      java.net.URI b = new java.net.URI(base.strip());
      return b.isAbsolute() ? b.resolve(uri).toString() : link;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return link; // not a URI: kept as written
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
