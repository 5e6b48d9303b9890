package io.parallax.ingest.web;

import io.parallax.extract.Extraction;
import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.Ingested;
import io.parallax.ingest.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC crawl file ({@code .warc}, {@code .warc.gz}, e.g. Common Crawl's CC-NEWS) with jwarc:
 * one article per HTTP {@code response} record with status 2xx and an HTML content type. Requests,
 * metadata, revisits and non-HTML responses are passed over silently, as a crawl is mostly those.
 * The article id is the record's UUID; the HTTP charset is honoured; the target URI is the page URL.
 */
public final class WarcReader implements SourceReader {

  private final HtmlExtractor extractor;

  public WarcReader(HtmlExtractor extractor) {
    this.extractor = extractor;
  }

  public WarcReader() {
    this(new HtmlExtractor());
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      read(in, file.toString(), sink);
    }
  }

  /**
   * Reads a WARC crawl ({@code .warc} or {@code .warc.gz}, told apart by its first bytes) from
   * {@code in}; {@code name} names it in sources and skip reasons.
   */
  public void read(InputStream in, String name, Consumer<Ingested> sink) throws IOException {
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
      reader.setLenient(true);
      for (int records = 0; ; records++) {
        Optional<WarcRecord> record;
        try {
          record = reader.next();
        } catch (IOException | RuntimeException e) { // jwarc's ParsingException, or EOF inside a header
          sink.accept(new Ingested.Failed(name, String.format(Locale.ROOT,
              "WARC truncated or damaged after %d records (%s); the records before it were read, "
                  + "the rest of the file is lost: fetch or copy it again", records, firstLine(e))));
          return;
        }
        if (record.isEmpty()) return;
        if (record.get() instanceof WarcResponse response) {
          readResponse(name, response, sink);
        }
      }
    }
  }

  /** The first line of an exception's message, at most 160 characters (jwarc appends a byte dump). */
  private static String firstLine(Throwable e) {
    if (e instanceof java.io.EOFException && e.getMessage() == null) return "unexpected end of file";
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) m = m.substring(0, nl).strip();
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }

  private void readResponse(String name, WarcResponse response, Consumer<Ingested> sink) {
    String source = name + "#record";
    try {
      String target = response.target();
      source = name + "#" + target;
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
          && !response.contentType().base().toString().equals("application/http")) {
        return;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        return;
      }
      MediaType type = http.contentType();
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return;
      }
      byte[] bytes;
      try (InputStream in = http.bodyDecoded().stream()) {
        bytes = in.readNBytes(HtmlExtractor.MAX_BYTES + 1);
      }
      Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
      Extraction extraction = extractor.extract(bytes, charset, Optional.ofNullable(target));
      if (!extraction.isArticle()) {
        sink.accept(new Ingested.Failed(source, extraction.kind().skipReason()));
        return;
      }
      if (extraction.text().isBlank()) {
        sink.accept(new Ingested.Failed(source, "no main text found in the HTML response (not an article?)"));
        return;
      }
      String id = response.id().toString().replaceFirst("^urn:uuid:", "");
      sink.accept(new Ingested.Read(extraction.toArticle(id, source), extraction.warnings()));
    } catch (IOException | RuntimeException e) {
      sink.accept(new Ingested.Failed(source, "WARC response record could not be read (truncated?): " + firstLine(e)));
    }
  }
}
