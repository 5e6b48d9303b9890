package io.parallax.clean;

import io.parallax.model.Span;
import java.util.Objects;

/** A line removed from an article body: where it was, what it said, and why it went. */
public record Removal(Span span, String text, String reason) {
  public Removal {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
