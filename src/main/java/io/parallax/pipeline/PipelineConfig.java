package io.parallax.pipeline;

import io.parallax.ingest.IngestOptions;

/** Everything a run needs, parsed at the edge (the CLI) into typed values. */
public record PipelineConfig(IngestOptions ingest) {

  public static PipelineConfig defaults() {
    return new PipelineConfig(IngestOptions.DEFAULTS);
  }
}
