package io.parallax.nlp;

/**
 * Tokens {@code [from, to)} of a sequence of tokens: a noun phrase, a subject, a speaker as the quote
 * rules find them in a {@link TaggedText}, a name as {@link NameRuns} finds it.
 */
public record TokenRange(int from, int to) {
  public TokenRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("a token range needs 0 <= from <= to, got [" + from + ", " + to + ")");
    }
  }
}
