package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A direct quote in an article as the comparison reads it: the words between the quotation marks and
 * the speaker as named, read by {@link Mentions}: the annotations' direct {@link Quote}s, and their
 * {@linkplain Annotations#markedQuotes() quotations in marks} ({@link MarkedQuotes}) for those the quote
 * finder leaves out.
 *
 * @param content the quoted words, without quotation marks (span into the article text)
 * @param speaker the speaker as the quote finder resolved it ("Jake Sullivan", "officials"), when attributed
 * @param speakerSpan where that name is written (the name itself, or the pronoun it was resolved from)
 */
public record QuoteMention(Span content, Optional<String> speaker, Optional<Span> speakerSpan) {
  public QuoteMention {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
  }
}
