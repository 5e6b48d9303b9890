package io.parallax.ingest;

/**
 * Limits for reading inputs, parsed once at the edge.
 *
 * @param maxFileBytes the largest single-document file (text, HTML) read; larger ones are skipped
 * @param maxLineBytes the largest JSONL line read; larger lines are skipped, the rest of the file goes on
 * @param maxTextChars the longest article text analysed; a longer text is cut at the last space before
 *     the limit, with a warning. Comparison costs grow with the square of article length (a 1 MiB
 *     article took 20 s and 1.7 GB), so this bounds the time and memory one input can take.
 */
public record IngestOptions(long maxFileBytes, int maxLineBytes, int maxTextChars) {

  /** The default {@link #maxTextChars}: longer than any real news article, analysed in about a second. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  public static final IngestOptions DEFAULTS = new IngestOptions(20L << 20, 20 << 20, DEFAULT_MAX_TEXT_CHARS);

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
    }
    if (maxTextChars <= 0) {
      throw new IllegalArgumentException("maxTextChars must be positive, got " + maxTextChars);
    }
  }

  public IngestOptions(long maxFileBytes, int maxLineBytes) {
    this(maxFileBytes, maxLineBytes, DEFAULT_MAX_TEXT_CHARS);
  }
}
