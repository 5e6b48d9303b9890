package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.Objects;

/**
 * One mention of a named entity.
 *
 * @param span where the mention is written, as an offset range into the article's text
 * @param text the mention as written ("Sullivan", "the White House")
 * @param type person, organisation or place
 * @param canonical the name this mention refers to within the article: its longest full form
 *     ("Jake Sullivan" for a later "Sullivan"); equal to {@code text} when nothing longer is known
 */
public record Entity(Span span, String text, EntityType type, String canonical) {
  public Entity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
  }
}
