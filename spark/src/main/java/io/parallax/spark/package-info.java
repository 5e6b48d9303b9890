/**
 * The Parallax pipeline on Apache Spark (issue 21): the single-machine stages, called through the main
 * module's classes, run per partition; events are decided with the single-machine decision over
 * candidates found with time-window blocking, per connected block, in parallel. See docs/spark.md.
 */
package io.parallax.spark;
