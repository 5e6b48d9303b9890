package io.parallax.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.parallax.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes reports and other records as JSON, with the project's naming (snake_case, ISO dates). */
public final class JsonReport {

  /** Spans are written as {@code {"start", "end"}} only. */
  @JsonIgnoreProperties({"empty"})
  private abstract static class SpanMixin {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addMixIn(Span.class, SpanMixin.class)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private static final ObjectMapper COMPACT = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The shared mapper (pretty-printed); thread-safe. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A mapper writing one value per line, for JSONL. */
  public static ObjectMapper compact() {
    return COMPACT;
  }

  public static void write(Report report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    MAPPER.writeValue(file.toFile(), report);
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
