package io.parallax.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as kept in the store.
 *
 * @param text what full-text search sees: the titles of (the first) member articles
 * @param articleCount how many articles report it
 */
public record StoredEvent(String id, String storylineId, String title, Optional<LocalDate> date, int articleCount, String text) {
  public StoredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storylineId, "storylineId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
  }
}
