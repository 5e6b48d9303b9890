/**
 * {@link io.parallax.ingest.SourceReader}s for web formats: HTML files ({@code .html}, {@code .htm},
 * {@code .html.gz}), RSS 2.0 and Atom feeds (Rome) and WARC crawl files (jwarc, HTML responses only).
 * Each gives one {@link io.parallax.ingest.Ingested} per page, feed item or record.
 */
package io.parallax.ingest.web;
