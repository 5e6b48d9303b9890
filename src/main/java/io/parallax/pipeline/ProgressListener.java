package io.parallax.pipeline;

/** Hears how far a run has got; the CLI draws a progress bar from it. */
public interface ProgressListener {

  ProgressListener NONE = new ProgressListener() {};

  /** A new phase starts with {@code total} steps (-1 when unknown). */
  default void phase(String name, long total) {}

  default void step() {}

  default void done() {}
}
