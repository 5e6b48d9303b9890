package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of file (plain text, HTML, JSONL, a feed, a WARC crawl) into articles.
 *
 * <p>A reader hands every input it finds inside the file to {@code sink}, as an article or as a
 * skip with its reason, so that the run summary accounts for each one. It throws only when the file
 * as a whole cannot be read; the caller then records the whole file as skipped.
 */
public interface SourceReader {

  /** Whether this reader handles {@code file} (by name, and if needed by its first bytes). */
  boolean accepts(Path file);

  void read(Path file, Consumer<Ingested> sink) throws IOException;
}
