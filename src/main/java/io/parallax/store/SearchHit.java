package io.parallax.store;

import java.util.Optional;

/**
 * One result of a full-text search.
 *
 * @param kind {@code article}, {@code event} or {@code storyline}
 * @param eventId the article's event, or the event itself
 * @param storylineId the storyline it belongs to
 */
public record SearchHit(String kind, String id, String title, float score, Optional<String> eventId, Optional<String> storylineId) {}
