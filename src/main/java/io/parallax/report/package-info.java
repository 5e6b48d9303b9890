/**
 * The report of a run, as documented in {@code docs/report-schema.md}: immutable records built from
 * an {@link io.parallax.pipeline.Analysis} by {@link io.parallax.report.ReportBuilder}, written as
 * JSON ({@link io.parallax.report.JsonReport}), Markdown ({@link io.parallax.report.MarkdownReport})
 * or terminal text ({@link io.parallax.report.TerminalReport}). Field names in JSON are the
 * snake_case forms of the record components and are a fixed interface.
 */
package io.parallax.report;
