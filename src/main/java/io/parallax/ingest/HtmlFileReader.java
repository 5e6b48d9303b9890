package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads an HTML page ({@code .html}, {@code .htm}) through an {@link HtmlConverter}. */
public final class HtmlFileReader implements SourceReader {

  private final IngestOptions options;
  private final HtmlConverter converter;

  public HtmlFileReader(IngestOptions options, HtmlConverter converter) {
    this.options = options;
    this.converter = converter;
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    byte[] bytes = Inputs.readBounded(file, options.maxFileBytes());
    if (bytes.length == 0) throw new UnreadableInputException("empty file (0 bytes)");
    sink.accept(new Ingested.Read(converter.convert(Inputs.idOf(file), file.toString(), bytes, Optional.empty())));
  }
}
