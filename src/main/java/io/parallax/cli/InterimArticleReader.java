package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * STOP-GAP input reading for {@code cluster} and {@code index} until {@code io.parallax.ingest} is
 * merged: swap calls to {@link #read} for the real ingestor. Reads {@code .txt} files (id = file name
 * without extension) and {@code .jsonl} files (one article per line: {@code id}, {@code text}, optional
 * {@code title}, {@code published}, {@code outlet}); folders are walked in name order.
 */
public final class InterimArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InterimArticleReader() {}

  /** All articles under {@code inputs}, in a deterministic order. */
  public static List<Article> readAll(List<Path> inputs) throws IOException {
    List<Article> out = new ArrayList<>();
    read(inputs, out::add);
    return out;
  }

  /** Streams the articles under {@code inputs} to {@code sink}, in a deterministic order. */
  public static void read(List<Path> inputs, Consumer<Article> sink) throws IOException {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("Input " + input + " does not exist; give a .txt or .jsonl file or a folder");
      }
      List<Path> files;
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          files = walk.filter(Files::isRegularFile).filter(InterimArticleReader::accepts).sorted().toList();
        }
      } else {
        files = List.of(input);
      }
      for (Path f : files) readFile(f, sink);
    }
  }

  private static boolean accepts(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".txt") || n.endsWith(".jsonl");
  }

  private static void readFile(Path f, Consumer<Article> sink) throws IOException {
    String name = f.getFileName().toString();
    if (name.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) continue;
          JsonNode o = JSON.readTree(line);
          String source = f + "#" + n;
          if (!o.hasNonNull("id") || !o.hasNonNull("text")) {
            throw new IllegalArgumentException("Line " + source + " lacks an \"id\" or \"text\" field; every JSONL line needs both");
          }
          sink.accept(Article.builder(o.get("id").asText(), source, o.get("text").asText())
              .title(text(o, "title")).outlet(text(o, "outlet")).published(published(text(o, "published"), source))
              .build());
        }
      }
    } else {
      String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      sink.accept(Article.builder(id, f.toString(), Files.readString(f, StandardCharsets.UTF_8)).build());
    }
  }

  private static String text(JsonNode o, String field) {
    return o.hasNonNull(field) ? o.get(field).asText() : null;
  }

  private static OffsetDateTime published(String value, String source) {
    if (value == null || value.isBlank()) return null;
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("Unreadable \"published\" value '" + value + "' at " + source
            + "; use an ISO date (2024-03-18) or date-time (2024-03-18T14:00:00Z)", e2);
      }
    }
  }
}
