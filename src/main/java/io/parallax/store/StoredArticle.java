package io.parallax.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article as kept in the store.
 *
 * @param id the article id (unique in the store)
 * @param title headline or first sentence
 * @param text the text to index for full-text search (not stored; only a snippet is kept)
 * @param published the publication day, when known
 * @param eventId the event it was assigned to
 * @param storylineId the storyline of that event
 * @param terms the analysed content words (stems): used while the article is recent; empty when read back
 * @param names the names it mentions (lower case), indexed for candidate retrieval; empty when read back
 * @param features opaque story-detection features, returned as stored
 */
public record StoredArticle(
    String id, String title, String text, Optional<LocalDate> published, String eventId, String storylineId,
    Set<String> terms, Set<String> names, byte[] features) {

  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(storylineId, "storylineId");
    terms = Set.copyOf(terms);
    names = Set.copyOf(names);
    Objects.requireNonNull(features, "features");
  }
}
