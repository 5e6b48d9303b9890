package io.parallax.store;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/** A Lucene index open for writing: its folder, its writer and the searchers over it, closed together. */
final class WritableIndex implements Closeable {

  final FSDirectory directory;
  final IndexWriter writer;
  final SearcherManager searchers;

  /** Opens a writer on {@code directory}; the directory is closed when that fails. */
  WritableIndex(FSDirectory directory, IndexWriterConfig config) throws IOException {
    this.directory = directory;
    try {
      writer = new IndexWriter(directory, config);
      try {
        searchers = new SearcherManager(writer, null);
      } catch (IOException | RuntimeException e) {
        writer.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
