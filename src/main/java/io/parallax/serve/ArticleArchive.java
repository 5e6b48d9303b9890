package io.parallax.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.clean.CleanArticle;
import io.parallax.clean.Inference;
import io.parallax.clean.Removal;
import io.parallax.model.Article;
import io.parallax.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The texts behind a store: each indexed article as read and cleaned (metadata, original text, kept
 * paragraphs, removed lines, inferred metadata), one gzipped JSON file per article under
 * {@code STORE/texts/}. The Lucene store keeps only what story assignment needs; the web reader
 * re-annotates and compares these texts when a page asks for them.
 *
 * <p>Writes are atomic per article (written to a temporary file, then moved), so a reader never sees
 * half an article. Safe for one writer and any number of readers.
 */
public final class ArticleArchive {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  private ArticleArchive(Path dir) {
    this.dir = dir;
  }

  /** The archive of the store in {@code storeDir} (created on the first write). */
  public static ArticleArchive of(Path storeDir) {
    return new ArticleArchive(storeDir.resolve("texts"));
  }

  public void put(CleanArticle c) throws IOException {
    Path file = file(c.id());
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".put", ".tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
      JSON.writeValue(out, encode(c));
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public Optional<CleanArticle> get(String id) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file(id)))) {
      return Optional.of(decode(JSON.readTree(in)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Every archived article, in no particular order. */
  public List<CleanArticle> all() throws IOException {
    List<CleanArticle> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  /** Reads the archived articles one at a time (in no particular order), holding none of them. */
  public void forEach(Consumer<CleanArticle> sink) throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> files = Files.walk(dir, 2)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".json.gz"))::iterator) {
        CleanArticle c;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          c = decode(JSON.readTree(in));
        } catch (NoSuchFileException e) {
          continue; // a temporary file moved away meanwhile
        }
        sink.accept(c);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Ids can hold any character: files are named by a hash of the id, in 256 folders. */
  private Path file(String id) {
    try {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
      return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(0, 40) + ".json.gz");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  static ObjectNode encode(CleanArticle c) {
    Article a = c.article();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("outlet", a.outlet().orElse(null));
    o.put("agency", a.agency().orElse(null));
    o.put("title", a.title().orElse(null));
    o.put("published", a.published().map(OffsetDateTime::toString).orElse(null));
    o.put("language", a.language().orElse(null));
    o.put("url", a.url().orElse(null));
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    ObjectNode attributes = o.putObject("attributes");
    a.attributes().forEach(attributes::put);
    o.put("text", a.text());
    ArrayNode paragraphs = o.putArray("paragraphs");
    for (Span p : c.paragraphs()) paragraphs.addArray().add(p.start()).add(p.end());
    ArrayNode removed = o.putArray("removed");
    for (Removal r : c.removed()) {
      removed.addObject().put("start", r.span().start()).put("end", r.span().end()).put("text", r.text()).put("reason", r.reason());
    }
    ArrayNode inferred = o.putArray("inferred");
    for (Inference i : c.inferred()) {
      inferred.addObject().put("field", i.field()).put("value", i.value())
          .put("start", i.evidence().start()).put("end", i.evidence().end());
    }
    return o;
  }

  static CleanArticle decode(JsonNode o) {
    List<String> authors = new ArrayList<>();
    o.path("authors").forEach(n -> authors.add(n.asText()));
    Map<String, String> attributes = new LinkedHashMap<>();
    o.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
    Article a = Article.builder(o.get("id").asText(), o.get("source").asText(), o.get("text").asText())
        .outlet(text(o, "outlet")).agency(text(o, "agency")).title(text(o, "title"))
        .published(text(o, "published") == null ? null : OffsetDateTime.parse(text(o, "published")))
        .language(text(o, "language")).url(text(o, "url")).authors(authors).attributes(attributes).build();
    List<Span> paragraphs = new ArrayList<>();
    o.path("paragraphs").forEach(p -> paragraphs.add(new Span(p.get(0).asInt(), p.get(1).asInt())));
    List<Removal> removed = new ArrayList<>();
    o.path("removed").forEach(r -> removed.add(new Removal(span(r), r.get("text").asText(), r.get("reason").asText())));
    List<Inference> inferred = new ArrayList<>();
    o.path("inferred").forEach(i -> inferred.add(new Inference(i.get("field").asText(), i.get("value").asText(), span(i))));
    return new CleanArticle(a, paragraphs, removed, inferred);
  }

  private static Span span(JsonNode n) {
    return new Span(n.get("start").asInt(), n.get("end").asInt());
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
