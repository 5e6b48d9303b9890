package io.parallax.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * The vector index of articles, a second Lucene index in the store's {@value #FOLDER} folder: one
 * document per article that has an embedding, keyed by the article id. Kept apart from the main index
 * so that the main index's segments, merges and statistics (which decide the candidates of story
 * detection) are exactly what they were without vectors.
 */
final class VectorIndex implements Closeable {

  static final String FOLDER = "vectors";
  private static final String KEY = "key";
  private static final String VECTOR = "vector";

  private final WritableIndex index;

  private VectorIndex(Path dir) throws IOException {
    index = new WritableIndex(FSDirectory.open(dir.resolve(FOLDER)), new IndexWriterConfig()
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setMergeScheduler(new SerialMergeScheduler()));
  }

  /** Opens (creating it) the vector index of the store in {@code dir}. */
  static VectorIndex open(Path dir) throws IOException {
    return new VectorIndex(dir);
  }

  /** The vector index of the store in {@code dir} when it has one, else null. */
  static VectorIndex openIfPresent(Path dir) throws IOException {
    return Files.isDirectory(dir.resolve(FOLDER)) ? new VectorIndex(dir) : null;
  }

  /** Sets (or replaces) the vector of article {@code id}, scaled to unit length. */
  void put(String id, float[] vector) throws IOException {
    Document d = new Document();
    d.add(new StringField(KEY, id, Field.Store.YES));
    d.add(new KnnFloatVectorField(VECTOR, unit(vector), VectorSimilarityFunction.DOT_PRODUCT));
    index.writer.updateDocument(new Term(KEY, id), d);
  }

  void delete(String id) throws IOException {
    index.writer.deleteDocuments(new Term(KEY, id));
  }

  /** The {@code k} articles nearest {@code query}, their cards read from the main index {@code main}. */
  List<SearchHit> nearest(IndexSearcher main, float[] query, int k) throws IOException {
    index.searchers.maybeRefreshBlocking();
    IndexSearcher vectors = index.searchers.acquire();
    try {
      return nearest(main, vectors, query, k);
    } finally {
      index.searchers.release(vectors);
    }
  }

  /** As {@link #nearest(IndexSearcher, float[], int)} over the committed vectors of the store in {@code dir}, read-only. */
  static List<SearchHit> nearest(Path dir, IndexSearcher main, float[] query, int k) throws IOException {
    if (!Files.isDirectory(dir.resolve(FOLDER))) return List.of();
    try (FSDirectory vectorDirectory = FSDirectory.open(dir.resolve(FOLDER))) {
      if (!DirectoryReader.indexExists(vectorDirectory)) return List.of();
      try (DirectoryReader vectors = DirectoryReader.open(vectorDirectory)) {
        return nearest(main, new IndexSearcher(vectors), query, k);
      }
    }
  }

  private static List<SearchHit> nearest(IndexSearcher main, IndexSearcher vectors, float[] query, int k) throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    if (k < 1 || vectors.getIndexReader().numDocs() == 0) return hits;
    StoredFields fields = vectors.storedFields();
    for (ScoreDoc sd : vectors.search(new KnnFloatVectorQuery(VECTOR, unit(query), k), k).scoreDocs) {
      String id = fields.document(sd.doc, Set.of(KEY)).get(KEY);
      int doc = Documents.find(main, Schema.Kind.ARTICLE.key(id));
      if (doc < 0) continue;
      StoredArticle a = Documents.card(main, doc);
      // a dot-product score is (1 + cosine) / 2
      hits.add(new SearchHit(Schema.Kind.ARTICLE.value, id, a.title(), 2 * sd.score - 1, Optional.of(a.eventId()),
          Optional.of(a.storylineId())));
    }
    return hits;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    if (n == 0 || !Double.isFinite(n)) throw new IllegalArgumentException("An article vector must be finite and not all zero");
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / Math.sqrt(n));
    return u;
  }

  void commit() throws IOException {
    index.writer.commit();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
