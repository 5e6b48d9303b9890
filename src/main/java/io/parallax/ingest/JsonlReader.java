package io.parallax.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Article;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads JSON Lines: one article per line with the fields {@code id}, {@code url}, {@code outlet},
 * {@code title}, {@code published} (ISO-8601 date or date-time), and {@code text} or {@code html};
 * optionally {@code agency}, {@code language} and {@code authors}. Other scalar fields are kept
 * as the article's {@link Article#attributes() attributes} (so that, e.g., a grouping field can be
 * used) and otherwise ignored; missing fields are absent. Each line is one input: a malformed or oversized line is skipped with its
 * line number and the rest of the file is read. Blank lines are not inputs.
 */
public final class JsonlReader implements SourceReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INTERPRETED = Set.of("id", "url", "outlet", "agency", "title", "language",
      "published", "text", "html", "authors");

  private final IngestOptions options;
  private final HtmlConverter html;

  public JsonlReader(IngestOptions options, HtmlConverter html) {
    this.options = options;
    this.html = html;
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    String fileId = Inputs.idOf(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int lineNo = 0;
      boolean more = true;
      while (more) {
        line.reset();
        boolean overflow = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (line.size() < options.maxLineBytes()) line.write(b);
          else overflow = true;
        }
        more = b != -1;
        lineNo++;
        String source = file + "#L" + lineNo;
        if (overflow) {
          sink.accept(new Ingested.Failed(source, String.format(Locale.ROOT,
              "JSONL line longer than the limit of %,d bytes (raise --max-file-mb or split the record)",
              options.maxLineBytes())));
          continue;
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) continue;
        sink.accept(readLine(bytes, source, fileId + "-" + lineNo));
      }
    }
  }

  private Ingested readLine(byte[] bytes, String source, String fallbackId) {
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JacksonException e) {
      return new Ingested.Failed(source, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new Ingested.Failed(source, "unreadable JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      return new Ingested.Failed(source, "a JSONL line must be a JSON object, found "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    List<String> warnings = new ArrayList<>();
    String id = text(node, "id").orElseGet(() -> {
      warnings.add("no \"id\" field; using " + fallbackId);
      return fallbackId;
    });
    Optional<String> url = text(node, "url");
    Article article;
    try {
      Optional<String> body = text(node, "text");
      if (body.isPresent() && !body.get().isBlank()) {
        article = Article.builder(id, source, body.get()).url(url.orElse(null)).build();
      } else if (text(node, "html").isPresent()) {
        article = html.convert(id, source, text(node, "html").get().getBytes(StandardCharsets.UTF_8), url);
      } else if (text(node, "title").isPresent()) {
        warnings.add("no \"text\" or \"html\" content; the title is used as the text");
        article = Article.builder(id, source, text(node, "title").get()).url(url.orElse(null)).build();
      } else {
        return new Ingested.Failed(source, "no \"text\" or \"html\" field with content (id " + id + ")");
      }
    } catch (UnreadableInputException e) {
      return new Ingested.Failed(source, e.getMessage());
    }
    Article.Builder b = article.toBuilder();
    text(node, "outlet").ifPresent(b::outlet);
    text(node, "agency").ifPresent(b::agency);
    text(node, "title").ifPresent(b::title);
    text(node, "language").ifPresent(b::language);
    text(node, "published").ifPresent(p -> {
      Optional<OffsetDateTime> t = parseTime(p);
      if (t.isPresent()) b.published(t.get());
      else warnings.add("\"published\" is not an ISO-8601 date or date-time: \"" + p + "\"; left absent");
    });
    Map<String, String> attributes = new LinkedHashMap<>();
    node.properties().forEach(f -> {
      if (!INTERPRETED.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
        attributes.put(f.getKey(), f.getValue().asText());
      }
    });
    b.attributes(attributes);
    JsonNode authors = node.get("authors");
    if (authors != null && authors.isArray()) {
      List<String> names = new ArrayList<>();
      authors.forEach(a -> { if (a.isTextual() && !a.asText().isBlank()) names.add(a.asText().strip()); });
      b.authors(names);
    }
    return new Ingested.Read(b.build(), warnings);
  }

  /** ISO-8601 date-time with offset, local date-time (read as UTC) or date (midnight UTC). */
  public static Optional<OffsetDateTime> parseTime(String value) {
    String v = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(v));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(v).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) return Optional.empty();
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) if (x != ' ' && x != '\t' && x != '\r') return false;
    return true;
  }
}
