/**
 * The embedded on-disk store (Apache Lucene) of articles, events and storylines: full-text search
 * over all three, candidate retrieval for incremental story detection, crash-safe commits and
 * idempotent updates keyed by id (re-indexing the same article replaces it, never duplicates it).
 */
package io.parallax.store;
