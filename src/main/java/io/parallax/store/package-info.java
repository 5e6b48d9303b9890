/**
 * The embedded on-disk store (Apache Lucene) of articles, events and storylines: full-text search
 * over all three, candidate retrieval for incremental story detection, crash-safe commits and
 * idempotent updates keyed by id (re-indexing the same article replaces it, never duplicates it).
 *
 * <p>{@link io.parallax.store.Store} is the one entry type; it ties together the parts, each in a class
 * of its own: {@code Schema} (the fields and the three kinds of document), {@code Documents} (document
 * storage: the main index sorted by arrival, look-up by id, full-text search, commits),
 * {@code CandidateRetrieval} (BM25 over the window plus a scan of recent writes), {@code StatisticsWindow}
 * (document frequencies over the segments that hold the most recent articles), {@code VectorIndex}
 * (article embeddings for semantic search, a second index) and {@code ArticleCards} (the per-article
 * binary doc value). {@link io.parallax.store.BinaryFormat} is the versioned binary codec shared by the
 * cards and by event detection's stored features ({@code story.FeatureCodec}): values of another version
 * are refused with what to do, never misread.
 */
package io.parallax.store;
