package io.parallax.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The codec of an article's card: the binary doc value that candidate retrieval reads for each article
 * (id, title, publication day, event, storyline and the story features, opaque here), without
 * decompressing stored fields.
 *
 * <p>A {@link BinaryFormat} with a {@link BinaryFormat.Marker#NEGATIVE_INT} version: format 2 is the
 * marker, then the id, title, publication epoch day ({@code Long.MIN_VALUE} when unknown), event and
 * storyline, then the features to the end. Cards without a marker (format 1, written before
 * 2026-12-04, when event embeddings came from another encoder) and cards of a newer format are refused
 * with what to do.
 */
final class ArticleCards {

  static final BinaryFormat FORMAT = new BinaryFormat("stored article cards", 2, BinaryFormat.Marker.NEGATIVE_INT);

  private ArticleCards() {}

  static byte[] encode(StoredArticle a) {
    return FORMAT.writer().string(a.id()).string(a.title())
        .putLong(a.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE))
        .string(a.eventId()).string(a.storylineId()).put(a.features()).toByteArray();
  }

  /** The card of document {@code doc}, from its segment's card values. */
  static StoredArticle decode(BinaryDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      throw new IllegalStateException("A stored article has no story card: the store was written by an older version "
          + "of Parallax; re-index the articles into a fresh store");
    }
    return decode(values.binaryValue());
  }

  static StoredArticle decode(BytesRef b) {
    return FORMAT.read(b.bytes, b.offset, b.length, ArticleCards::card);
  }

  private static StoredArticle card(ByteBuffer in) {
    String id = BinaryFormat.string(in);
    String title = BinaryFormat.string(in);
    long day = in.getLong();
    String event = BinaryFormat.string(in);
    String storyline = BinaryFormat.string(in);
    byte[] features = new byte[in.remaining()];
    in.get(features);
    return new StoredArticle(id, title, "", day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day)),
        event, storyline, Set.of(), Set.of(), features);
  }
}
