package io.parallax.model;

/**
 * A half-open character range {@code [start, end)} into an article's original text.
 *
 * <p>All annotations in Parallax are spans into the text exactly as it was read, so every claim
 * in a report can be traced back to, and highlighted in, its source.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The covered characters of {@code text}; fails if the span runs past its end. */
  public String textOf(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "Span " + this + " runs past the end of a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** This span shrunk to exclude leading and trailing whitespace of {@code text}. */
  public Span trim(CharSequence text) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) s++;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
    return s == start && e == end ? this : new Span(s, e);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
