/**
 * The one place where the stages are assembled: {@link io.parallax.pipeline.Pipeline} wires ingest,
 * cleaning, annotation, story grouping and comparison together from a typed
 * {@link io.parallax.pipeline.PipelineConfig}, and returns an immutable
 * {@link io.parallax.pipeline.Analysis}.
 */
package io.parallax.pipeline;
