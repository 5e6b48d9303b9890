package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.story.Stories;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evaluation contract of {@code cluster --out} and {@code index --out}: one JSON object per line,
 * {@code {"id": …, "event": …, "storyline": …}}, in that field order, then {@code "confidence"} (in [0, 1])
 * and {@code "evidence"} ({@code {"partner","similarity","shared_names","days_apart"}}: the most similar
 * article of the event joined, or the nearest candidate when the article opened an event; absent when
 * there was no candidate) when the detector gives them. {@code index} writes only the three fields for
 * an article stored by an earlier run.
 */
final class AssignmentLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AssignmentLines() {}

  /** A UTF-8 writer for {@code out}, its folder created when missing. */
  static BufferedWriter open(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  static void write(Writer w, Stories.Assignment a) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", a.articleId());
    line.put("event", a.eventId());
    line.put("storyline", a.storylineId());
    if (!Double.isNaN(a.confidence())) line.put("confidence", a.confidence());
    a.evidence().filter(e -> e.partner().isPresent()).ifPresent(e -> {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("partner", e.partner().get());
      ev.put("similarity", e.similarity());
      ev.put("shared_names", e.sharedNames());
      e.daysApart().ifPresent(d -> ev.put("days_apart", d));
      line.put("evidence", ev);
    });
    w.write(JSON.writeValueAsString(line));
    w.write('\n');
  }
}
