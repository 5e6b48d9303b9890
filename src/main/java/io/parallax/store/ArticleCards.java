package io.parallax.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * <p>Versioned: a card starts with {@code -VERSION} as a 4-byte int. Cards written before the version
 * existed (format 1) start with the id's byte length, never negative, and are still read; a card of a
 * newer version than this code knows is refused with a message saying what to do.
 */
final class ArticleCards {

  /** The format written: 2 = the version marker, then the format-1 fields. */
  static final int VERSION = 2;

  private ArticleCards() {}

  static byte[] encode(StoredArticle a) {
    byte[][] strings = {utf8(a.id()), utf8(a.title()), utf8(a.eventId()), utf8(a.storylineId())};
    int size = 4 + 8 + a.features().length;
    for (byte[] x : strings) size += 4 + x.length;
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(-VERSION);
    out.putInt(strings[0].length).put(strings[0]).putInt(strings[1].length).put(strings[1]);
    out.putLong(a.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    out.putInt(strings[2].length).put(strings[2]).putInt(strings[3].length).put(strings[3]);
    out.put(a.features());
    return out.array();
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
    ByteBuffer in = ByteBuffer.wrap(b.bytes, b.offset, b.length);
    int first = in.getInt(in.position());
    if (first < 0) {
      int version = -first;
      if (version > VERSION) {
        throw new IllegalStateException("A stored article card has format " + version + ", newer than this version of "
            + "Parallax reads (" + VERSION + "): use the Parallax that wrote the store, or re-index into a fresh store");
      }
      in.getInt();
    }
    String id = readString(in);
    String title = readString(in);
    long day = in.getLong();
    String event = readString(in);
    String storyline = readString(in);
    byte[] features = new byte[in.remaining()];
    in.get(features);
    return new StoredArticle(id, title, "", day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day)),
        event, storyline, Set.of(), Set.of(), features);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String readString(ByteBuffer in) {
    int n = in.getInt();
    String v = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return v;
  }
}
