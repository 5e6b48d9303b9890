package io.parallax.ingest;

import io.parallax.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a plain-text article ({@code .txt}): the decoded file content is the article text, the file
 * name without extension its id. A short first line without closing punctuation, set off by a blank
 * line, is taken as the headline (it stays in the text, so offsets are unchanged).
 */
public final class TextFileReader implements SourceReader {

  private final IngestOptions options;

  public TextFileReader(IngestOptions options) {
    this.options = options;
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".text");
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    String source = file.toString();
    byte[] bytes = Inputs.readBounded(file, options.maxFileBytes());
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    Article.Builder article = Article.builder(Inputs.idOf(file), source, decoded.text());
    headline(decoded.text()).ifPresent(article::title);
    sink.accept(new Ingested.Read(article.build(), decoded.warnings()));
  }

  /** The first line when it reads like a headline: short, no final stop, followed by a blank line. */
  static java.util.Optional<String> headline(String text) {
    String stripped = text.stripLeading();
    int nl = stripped.indexOf('\n');
    if (nl < 0) return java.util.Optional.empty();
    String first = stripped.substring(0, nl).strip();
    String rest = stripped.substring(nl + 1);
    boolean blankAfter = rest.startsWith("\n") || rest.startsWith("\r\n");
    int words = first.isEmpty() ? 0 : first.split("\\s+").length;
    char last = first.isEmpty() ? '.' : first.charAt(first.length() - 1);
    boolean noStop = ".!?:;,\"”'’)".indexOf(last) < 0;
    return blankAfter && noStop && words >= 3 && words <= 25
        ? java.util.Optional.of(first) : java.util.Optional.empty();
  }
}
