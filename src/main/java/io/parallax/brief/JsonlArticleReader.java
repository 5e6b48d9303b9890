package io.parallax.brief;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSONL file of articles grouped by one of its fields, for {@code parallax brief}: fields
 * {@code id}, {@code text} and/or {@code title} (an article with only a title still counts), {@code title}, {@code outlet}, {@code published} (ISO date
 * or date-time), and the grouping field. A stand-in until the ingest package's JSONL reader is
 * merged; lines without text or group are reported, not dropped silently.
 */
public final class JsonlArticleReader {

  /** The articles of each group, in file order; {@code skipped} lists unusable lines and why. */
  public record Grouped(Map<String, List<Article>> groups, List<String> skipped) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Grouped read(Path file, String groupField) throws IOException {
    Map<String, List<Article>> groups = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        String where = file + "#" + n;
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (IOException e) {
          skipped.add(where + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
          continue;
        }
        String text = str(o, "text");
        String group = str(o, groupField);
        String title = str(o, "title");
        if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
          skipped.add(where + ": neither \"text\" nor \"title\"");
          continue;
        }
        if (group == null || group.isBlank()) {
          skipped.add(where + ": no \"" + groupField + "\" to group by");
          continue;
        }
        String id = str(o, "id");
        Article a = Article.builder(id == null || id.isBlank() ? "line-" + n : id, where, text == null ? "" : text)
            .title(title).outlet(str(o, "outlet")).published(date(str(o, "published")))
            .build();
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(a);
      }
    }
    return new Grouped(groups, skipped);
  }

  private static String str(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static OffsetDateTime date(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private JsonlArticleReader() {}
}
