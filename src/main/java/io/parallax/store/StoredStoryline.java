package io.parallax.store;

import java.util.Objects;

/** A storyline as kept in the store: its title and how many events it holds. */
public record StoredStoryline(String id, String title, int eventCount) {
  public StoredStoryline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
