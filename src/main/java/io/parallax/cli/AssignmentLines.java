package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.story.Stories;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation contract of {@code cluster --out} and {@code index --out}: one JSON object per line,
 * {@code {"id": …, "event": …, "storyline": …}}, in that field order, then {@code "confidence"} (in [0, 1])
 * and {@code "evidence"} ({@code {"partner","similarity","shared_names","days_apart"}}: the most similar
 * article of the event joined, or the nearest candidate when the article opened an event; absent when
 * there was no candidate) when the detector gives them. {@code index} writes only the three fields for
 * an article stored by an earlier run, and when events merged during the run it rewrites every line's
 * event and storyline at the end with those the store holds ({@link #relabel}).
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

  /** Gives the event and storyline an article has now, or none to keep its line as written. */
  @FunctionalInterface
  interface Labels {
    Optional<String[]> of(String articleId) throws IOException;
  }

  /**
   * Rewrites the {@code event} and {@code storyline} of each line of {@code out} with the labels its
   * article has now (events merged after a line was written moved its article), every other field and
   * the field order as they were; the file is replaced at once when the new one is complete.
   */
  static void relabel(Path out, Labels labels) throws IOException {
    Path next = out.resolveSibling(out.getFileName() + ".relabel");
    try (BufferedReader in = Files.newBufferedReader(out, StandardCharsets.UTF_8); BufferedWriter w = open(next)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        Optional<String[]> now = labels.of(node.get("id").asText());
        if (now.isPresent()) {
          node.put("event", now.get()[0]);
          node.put("storyline", now.get()[1]);
        }
        w.write(JSON.writeValueAsString(node));
        w.write('\n');
      }
    }
    Files.move(next, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
