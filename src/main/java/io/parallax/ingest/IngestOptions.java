package io.parallax.ingest;

/**
 * Limits for reading inputs, parsed once at the edge.
 *
 * @param maxFileBytes the largest single-document file (text, HTML) read; larger ones are skipped
 * @param maxLineBytes the largest JSONL line read; larger lines are skipped, the rest of the file goes on
 */
public record IngestOptions(long maxFileBytes, int maxLineBytes) {

  public static final IngestOptions DEFAULTS = new IngestOptions(20L << 20, 20 << 20);

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
    }
  }
}
