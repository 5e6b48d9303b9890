package io.parallax.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of story detection: every article's event and storyline, and the events and storylines.
 *
 * @param assignments one per input article, in input order
 * @param events every event, in order of first appearance
 * @param storylines every storyline, in order of first appearance
 */
public record Stories(List<Assignment> assignments, List<Event> events, List<Storyline> storylines) {

  public Stories {
    assignments = List.copyOf(assignments);
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
  }

  /**
   * Where one article went.
   *
   * @param confidence in [0, 1], how clearly the event decision was taken ({@link EventLinker.Decision});
   *     NaN when the detector does not say (the lexical detector)
   * @param evidence the strongest evidence for the decision, when the detector gives it
   */
  public record Assignment(String articleId, String eventId, String storylineId, double confidence,
      Optional<EventLinker.Evidence> evidence) {
    public Assignment {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(storylineId, "storylineId");
      Objects.requireNonNull(evidence, "evidence");
    }

    /** An assignment without confidence or evidence. */
    public Assignment(String articleId, String eventId, String storylineId) {
      this(articleId, eventId, storylineId, Double.NaN, Optional.empty());
    }
  }

  /**
   * One happening.
   *
   * @param date the day it happened, when the articles say (or were published on a known day)
   */
  public record Event(String id, String storylineId, String title, Optional<LocalDate> date, List<String> articleIds) {
    public Event {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(storylineId, "storylineId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
      articleIds = List.copyOf(articleIds);
    }
  }

  /** Events sharing actors and subject over time. */
  public record Storyline(String id, String title, List<String> eventIds) {
    public Storyline {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      eventIds = List.copyOf(eventIds);
    }
  }
}
