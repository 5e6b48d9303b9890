/**
 * Reading inputs into {@link io.parallax.model.Article articles}: the {@link io.parallax.ingest.Ingestor}
 * walks files and folders and hands each file to the first {@link io.parallax.ingest.SourceReader}
 * that accepts it (plain text, HTML, JSONL, and the web formats of {@code io.parallax.ingest.web}).
 *
 * <p>Every input ends as {@link io.parallax.ingest.Ingested.Read} or
 * {@link io.parallax.ingest.Ingested.Failed}: a bad file never stops a batch, and the run summary
 * accounts for each one. Byte-level checks (empty, binary, too large, undecodable) live in
 * {@link io.parallax.ingest.TextDecoder}.
 */
package io.parallax.ingest;
