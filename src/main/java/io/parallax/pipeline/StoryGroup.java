package io.parallax.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a run grouped its articles: events (one happening each) linked into storylines.
 */
public record StoryGroup(List<Event> events, List<Storyline> storylines) {

  public StoryGroup {
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
  }

  /** One happening reported by {@code articles} (article ids). */
  public record Event(String id, String storyline, String title, Optional<LocalDate> date, List<String> articles) {
    public Event {
      articles = List.copyOf(articles);
    }
  }

  /** Related events over time. */
  public record Storyline(String id, String title, List<String> events) {
    public Storyline {
      events = List.copyOf(events);
    }
  }
}
