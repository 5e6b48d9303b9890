package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.story.Stories;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evaluation contract of {@code cluster --out} and {@code index --out}: one JSON object per line,
 * {@code {"id": …, "event": …, "storyline": …}}, in that field order.
 */
final class AssignmentLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AssignmentLines() {}

  static void write(Writer w, Stories.Assignment a) throws IOException {
    Map<String, String> line = new LinkedHashMap<>();
    line.put("id", a.articleId());
    line.put("event", a.eventId());
    line.put("storyline", a.storylineId());
    w.write(JSON.writeValueAsString(line));
    w.write('\n');
  }
}
