package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * An attributed statement: direct speech ("...," Sullivan said) or reported speech (Sullivan said
 * that ...; according to the White House, ...).
 *
 * @param content what was said: for direct speech the text inside the quotation marks (from the
 *     first opening to the last closing mark when an attribution splits it or it runs over
 *     paragraphs); for reported speech the reported clause, including a leading "that"
 * @param speakerSpan the speaker as written near the cue ("Sullivan", "he", "the spokesman",
 *     "officials"), when one is written
 * @param speaker the resolved speaker: the canonical name of a named entity of the article
 *     ("Jake Sullivan") when the written speaker (a name, pronoun or role noun) could be linked to
 *     one, else the written speaker text itself when it is a descriptive phrase ("officials");
 *     empty when unknown. Never invented.
 * @param cue the attribution cue ("said", "told reporters", "according to"), when found
 * @param cueVerb the lemma of the cue ("say", "tell", "warn", "according to"), when found
 * @param direct true for speech inside quotation marks
 */
public record Quote(
    Span content,
    Optional<Span> speakerSpan,
    Optional<String> speaker,
    Optional<Span> cue,
    Optional<String> cueVerb,
    boolean direct) {
  public Quote {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueVerb, "cueVerb");
  }
}
