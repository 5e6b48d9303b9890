package io.parallax.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Article;
import io.parallax.model.Dates;
import io.parallax.model.Unicode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}; or a {@code .json} file holding one article object,
 * as news-please writes them, or an array of them): one article per line with the fields {@code id}, {@code url}, {@code outlet},
 * {@code title}, {@code published} (a date or date-time: ISO-8601, {@code 2024-03-18 14:05:00}, RFC 1123
 * or epoch seconds/milliseconds), and {@code text} or {@code html}; optionally {@code agency},
 * {@code language} and {@code authors}. The names other news tools write for the same things are read
 * too when the canonical field is absent ({@link #ALIASES}: news-please's {@code maintext},
 * {@code date_publish} and {@code source_domain}, NewsAPI's {@code content}, {@code publishedAt} and
 * {@code source: {"name": …}}, {@code headline}, {@code body}, {@code date}, {@code link} …), so a
 * publication date that anchors "on Monday" is not lost to a field name. Other scalar fields are kept
 * as the article's {@link Article#attributes() attributes} (so that, e.g., a grouping field can be
 * used) and otherwise ignored; missing fields are absent. Each line is one input: a malformed or
 * oversized line is skipped with its line number and the rest of the file is read. Blank lines are not
 * inputs. Lone surrogates (escaped U+D800 to U+DFFF: valid JSON, but not encodable) become U+FFFD.
 */
public final class JsonlReader implements SourceReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INTERPRETED = Set.of("id", "agency", "language", "html", "authors");

  /**
   * Each interpreted field and the names, tried in this order, under which other tools write it. An
   * object value with a {@code "name"} (NewsAPI's {@code source}, schema.org's {@code publisher}) counts
   * as that name.
   */
  static final Map<String, List<String>> ALIASES = Map.of(
      "text", List.of("text", "body", "maintext", "article", "content"),
      "title", List.of("title", "headline"),
      "published", List.of("published", "published_at", "publishedAt", "date_publish", "datePublished",
          "publish_date", "pubDate", "date"),
      "outlet", List.of("outlet", "source", "publisher", "source_domain", "site_name"),
      "url", List.of("url", "link"));

  private final IngestOptions options;
  private final HtmlConverter html;

  public JsonlReader(IngestOptions options, HtmlConverter html) {
    this.options = options;
    this.html = html;
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  @Override
  public void read(Path file, Consumer<Ingested> sink) throws IOException {
    String fileId = Inputs.idOf(file);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      readJsonFile(file, fileId, sink);
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      readLines(in, file.toString(), fileId, sink);
    }
  }

  /** Reads JSON Lines from {@code in}: one input per non-blank line, sources {@code file#Ln}. */
  void readLines(InputStream in, String file, String fileId, Consumer<Ingested> sink) throws IOException {
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

  /**
   * A {@code .json} file: one article object (news-please writes one per article, pretty-printed; its
   * id is the file name unless it has an {@code "id"}), or an array of them ({@code file#N}).
   */
  private void readJsonFile(Path file, String fileId, Consumer<Ingested> sink) throws IOException {
    readJson(Inputs.readBounded(file, options.maxLineBytes()), file.toString(), fileId, sink);
  }

  /** The bytes of a {@code .json} file named {@code file}: one article object or an array of them. */
  void readJson(byte[] bytes, String file, String fileId, Consumer<Ingested> sink) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      sink.accept(new Ingested.Failed(file.toString(), "malformed JSON: " + e.getOriginalMessage()));
      return;
    } catch (IOException e) { // bytes that Jackson's encoding detection takes for UTF-32, and the like
      sink.accept(new Ingested.Failed(file, unreadable(e)));
      return;
    }
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) sink.accept(readRecord(root.get(i), file + "#" + (i + 1), fileId + "-" + (i + 1)));
    } else {
      sink.accept(readRecord(root, file.toString(), fileId));
    }
  }

  private static String unreadable(IOException e) {
    return "unreadable JSON (" + e.getMessage() + "); JSON must be UTF-8 text";
  }

  private Ingested readLine(byte[] bytes, String source, String fallbackId) {
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JacksonException e) {
      return new Ingested.Failed(source, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new Ingested.Failed(source, unreadable(e));
    }
    return readRecord(node, source, fallbackId);
  }

  private Ingested readRecord(JsonNode node, String source, String fallbackId) {
    if (node == null || !node.isObject()) {
      return new Ingested.Failed(source, "a JSONL line must be a JSON object, found "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    List<String> warnings = new ArrayList<>();
    String id = text(node, "id").orElseGet(() -> {
      warnings.add("no \"id\" field; using " + fallbackId);
      return fallbackId;
    });
    Set<String> used = new HashSet<>(INTERPRETED);
    Optional<String> url = field(node, "url", used).map(Found::value);
    Optional<String> title = field(node, "title", used).map(Found::value);
    Article article;
    try {
      Optional<String> body = field(node, "text", used).map(Found::value);
      if (body.isPresent()) {
        article = Article.builder(id, source, body.get()).url(url.orElse(null)).build();
      } else if (text(node, "html").isPresent()) {
        article = html.convert(id, source, text(node, "html").get().getBytes(StandardCharsets.UTF_8), url);
      } else if (title.isPresent()) {
        warnings.add("no \"text\" or \"html\" content; the title is used as the text");
        article = Article.builder(id, source, title.get()).url(url.orElse(null)).build();
      } else {
        return new Ingested.Failed(source, "no \"text\" or \"html\" field with content (id " + id + ")");
      }
    } catch (UnreadableInputException e) {
      return new Ingested.Failed(source, e.getMessage());
    }
    Article.Builder b = article.toBuilder();
    field(node, "outlet", used).map(Found::value).ifPresent(b::outlet);
    text(node, "agency").ifPresent(b::agency);
    title.ifPresent(b::title);
    text(node, "language").ifPresent(b::language);
    field(node, "published", used).ifPresent(p -> {
      Optional<OffsetDateTime> t = Dates.parse(p.value());
      if (t.isPresent()) b.published(t.get());
      else warnings.add("\"" + p.name() + "\" is not a date or date-time (ISO-8601, RFC 1123, a written date or epoch seconds; years 1971-2099): \""
          + p.value() + "\"; left absent");
    });
    Map<String, String> attributes = new LinkedHashMap<>();
    node.properties().forEach(f -> {
      if (!used.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
        attributes.put(Unicode.wellFormed(f.getKey()), Unicode.wellFormed(f.getValue().asText()));
      }
    });
    b.attributes(attributes);
    JsonNode authors = node.get("authors");
    if (authors != null && authors.isArray()) {
      List<String> names = new ArrayList<>();
      authors.forEach(a -> { if (a.isTextual() && !a.asText().isBlank()) names.add(Unicode.wellFormed(a.asText().strip())); });
      b.authors(io.parallax.extract.Authors.clean(names)); // news-please writes ["Hamburg", "Germany"], "No Author"…
    }
    return new Ingested.Read(b.build(), warnings);
  }

  /** A field read under one of its {@link #ALIASES}: the name it was found under, and its value. */
  private record Found(String name, String value) {}

  /** The first non-blank value among {@code name}'s {@link #ALIASES}; the field read is added to {@code used}. */
  private static Optional<Found> field(JsonNode node, String name, Set<String> used) {
    for (String f : ALIASES.get(name)) {
      Optional<String> v = value(node, f);
      if (v.isPresent()) {
        used.add(f);
        return Optional.of(new Found(f, v.get()));
      }
    }
    return Optional.empty();
  }

  /** A scalar field's text, or the {@code "name"} of an object field; empty when absent or blank. */
  private static Optional<String> value(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isObject()) return text(v, "name");
    return text(node, field);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) return Optional.empty();
    String s = Unicode.wellFormed(v.asText()); // an escaped lone surrogate is valid JSON, but no writer can encode it
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) if (x != ' ' && x != '\t' && x != '\r') return false;
    return true;
  }
}
