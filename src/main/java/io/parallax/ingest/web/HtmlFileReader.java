package io.parallax.ingest.web;

import io.parallax.extract.Extraction;
import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.IngestOptions;
import io.parallax.ingest.Ingested;
import io.parallax.ingest.Inputs;
import io.parallax.ingest.SourceReader;
import io.parallax.ingest.TextDecoder;
import io.parallax.ingest.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one saved web page ({@code .html}, {@code .htm}, {@code .xhtml}, optionally gzipped) into one
 * article whose id is the file name without its extensions.
 */
public final class HtmlFileReader implements SourceReader {

  private final HtmlExtractor extractor;
  private final long maxFileBytes;

  /** Pages larger than {@code options.maxFileBytes()} (gunzipped, for {@code .gz}) are skipped. */
  public HtmlFileReader(HtmlExtractor extractor, IngestOptions options) {
    this.extractor = extractor;
    this.maxFileBytes = options.maxFileBytes();
  }

  public HtmlFileReader(HtmlExtractor extractor) {
    this(extractor, IngestOptions.DEFAULTS);
  }

  /** The largest page read, in bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  public HtmlFileReader() {
    this(new HtmlExtractor());
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
        || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
  }

  /**
   * An {@link io.parallax.ingest.HtmlConverter} over {@code extractor} (for HTML inside JSONL records)
   * that refuses pages that are not articles (database error, adult or spam pages) with the reason.
   */
  public static io.parallax.ingest.HtmlConverter converter(HtmlExtractor extractor) {
    return (id, source, html, url) -> {
      Extraction x = extractor.extract(html, Optional.empty(), url);
      if (!x.isArticle()) throw new UnreadableInputException(x.kind().skipReason());
      return x.toArticle(id, source);
    };
  }

  /** The file name without {@code .html}, {@code .htm}, {@code .xhtml} and {@code .gz}. */
  public static String idOf(Path file) {
    return file.getFileName().toString().replaceFirst("(?i)(\\.x?html?)?(\\.gz)?$", "");
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    byte[] bytes = readPage(file, maxFileBytes);
    String id = idOf(file);
    if (id.isBlank()) {
      sink.accept(new Ingested.Failed(file.toString(), "file name gives an empty id; rename the file"));
      return;
    }
    Extraction extraction = extractor.extract(bytes, Optional.empty(), Optional.empty());
    List<String> warnings = new ArrayList<>(extraction.warnings());
    if (!extraction.isArticle()) {
      sink.accept(new Ingested.Failed(file.toString(), extraction.kind().skipReason()));
      return;
    }
    if (extraction.text().isBlank()) {
      sink.accept(new Ingested.Failed(file.toString(),
          "no main text found in the page (script-rendered or not an article?); " + String.join("; ", warnings)));
      return;
    }
    sink.accept(new Ingested.Read(extraction.toArticle(id, file.toString()), warnings));
  }

  /**
   * The (gunzipped) bytes of a saved page, refused with the reason when the file, or what it unpacks
   * to (a gzip bomb), is larger than {@code maxBytes}, or when it is binary data rather than markup.
   */
  public static byte[] readPage(Path file, long maxBytes) throws IOException {
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    byte[] bytes = gz ? readBytesLimited(file, (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16))
        : Inputs.readBounded(file, maxBytes);
    if (bytes.length > maxBytes) {
      throw new UnreadableInputException(String.format(Locale.ROOT, "gzipped page unpacks to more than %,d bytes, "
          + "the limit (raise it with --max-file-mb if the page is real)", maxBytes));
    }
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    if (!utf16) TextDecoder.checkNotBinary(bytes);
    return bytes;
  }

  /** The (gunzipped) bytes of {@code file}, at most {@link HtmlExtractor#MAX_BYTES} + 1. */
  static byte[] readBytes(Path file) throws IOException {
    return readBytesLimited(file, HtmlExtractor.MAX_BYTES + 1);
  }

  /** The first {@code limit} (gunzipped) bytes of {@code file}. */
  static byte[] readBytesLimited(Path file, int limit) throws IOException {
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gz ? new GZIPInputStream(raw, 65536) : raw) {
      // bounded: a gzip bomb or a huge file costs at most MAX_BYTES of memory
      return in.readNBytes(limit);
    }
  }
}
