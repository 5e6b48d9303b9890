package io.parallax.nlp;

/**
 * Tokens {@code [from, to)} of a {@link TaggedText}: a noun phrase, a subject, a speaker as the quote
 * rules find them.
 */
record TokenRange(int from, int to) {
  TokenRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("a token range needs 0 <= from <= to, got [" + from + ", " + to + ")");
    }
  }
}
