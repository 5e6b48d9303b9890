package io.parallax.model;

import java.util.Objects;

/** An input that produced no article, and why: a user can fix the input from this line alone. */
public record Skipped(String source, String reason) {
  public Skipped {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
