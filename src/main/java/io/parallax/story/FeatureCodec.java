package io.parallax.story;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compact binary form of an {@link ArticleProfile}, stored with each article in the store. The TF-IDF
 * vectors are stored with the weights they had when the article was indexed ("frozen"), so reading a
 * candidate back needs no document-frequency look-ups; the decoded features carry no term maps.
 *
 * <p>Decoding is on the hot path of incremental assignment (once per retrieved candidate), so the
 * layout is read with one {@link ByteBuffer} and no per-field streams: the subject words, a subset of
 * the content words, are stored as positions in the content-word keys rather than repeated.
 */
public final class FeatureCodec {

  private static final int VERSION = 4;

  private FeatureCodec() {}

  public static byte[] encode(ArticleProfile p) {
    ArticleFeatures f = p.features();
    Writer out = new Writer();
    out.buffer.put((byte) VERSION);
    out.string(f.id());
    out.string(f.title().length() > 2000 ? f.title().substring(0, 2000) : f.title());
    writeVector(out, p.terms());
    int[] positions = positions(p.subject(), p.terms());
    if (positions == null) {
      out.ensure(1);
      out.buffer.put((byte) 0);
      writeVector(out, p.subject());
    } else {
      out.ensure(1 + 4 + 8 * positions.length);
      out.buffer.put((byte) 1).putInt(positions.length);
      for (int i : positions) out.buffer.putInt(i);
      for (float w : p.subject().weights()) out.buffer.putFloat(w);
    }
    writeVector(out, p.names());
    writeSet(out, f.times());
    writeSet(out, f.numbers());
    out.ensure(20 + 4 * f.embedding().length);
    out.buffer.putLong(f.date().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    out.buffer.putLong(f.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    out.buffer.putInt(f.embedding().length);
    for (float x : f.embedding()) out.buffer.putFloat(x);
    return Arrays.copyOf(out.buffer.array(), out.buffer.position());
  }

  public static ArticleProfile decode(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    int version = data.length == 0 ? -1 : in.get();
    if (version != VERSION) {
      throw new IllegalStateException("Stored article features have format version " + version + ", this build reads "
          + VERSION + "; re-index the articles into a fresh store");
    }
    try {
      String id = readString(in);
      String title = readString(in);
      SparseVector terms = readVector(in);
      SparseVector subject;
      if (in.get() == 0) {
        subject = readVector(in);
      } else {
        int n = in.getInt();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) keys[i] = terms.keys()[in.getInt()];
        float[] w = new float[n];
        in.asFloatBuffer().get(w);
        in.position(in.position() + 4 * n);
        subject = new SparseVector(keys, w);
      }
      SparseVector names = readVector(in);
      Set<String> times = readSet(in);
      Set<String> numbers = readSet(in);
      long date = in.getLong();
      long published = in.getLong();
      float[] emb = new float[in.getInt()];
      in.asFloatBuffer().get(emb);
      ArticleFeatures f = new ArticleFeatures(id, title, Map.of(), Map.of(), Map.of(), times, numbers, day(date),
          day(published), emb);
      return new ArticleProfile(f, terms, subject, names);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IllegalStateException("Stored article features are truncated or damaged (" + data.length
          + " bytes); re-index the articles into a fresh store", e);
    }
  }

  /** Positions of {@code subset}'s keys among {@code keys}' (both sorted), or null when one is missing. */
  private static int[] positions(SparseVector subset, SparseVector all) {
    int[] out = new int[subset.keys().length];
    int j = 0;
    for (int i = 0; i < out.length; i++) {
      while (j < all.keys().length && all.keys()[j].compareTo(subset.keys()[i]) < 0) j++;
      if (j == all.keys().length || !all.keys()[j].equals(subset.keys()[i])) return null;
      out[i] = j;
    }
    return out;
  }

  /** Keys (already sorted) as one newline-joined UTF-8 block, then their weights. */
  private static void writeVector(Writer out, SparseVector v) {
    byte[] keys = String.join("\n", v.keys()).getBytes(StandardCharsets.UTF_8);
    out.ensure(8 + keys.length + 4 * v.weights().length);
    out.buffer.putInt(v.keys().length).putInt(keys.length).put(keys);
    for (float w : v.weights()) out.buffer.putFloat(w);
  }

  private static SparseVector readVector(ByteBuffer in) {
    int n = in.getInt();
    int length = in.getInt();
    byte[] bytes = in.array();
    int start = in.arrayOffset() + in.position();
    int end = start + length;
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      int stop = start;
      while (stop < end && bytes[stop] != '\n') stop++;
      if (i < n - 1 && stop == end) throw new IndexOutOfBoundsException("vector keys end early");
      keys[i] = new String(bytes, start, (i == n - 1 ? end : stop) - start, StandardCharsets.UTF_8);
      start = stop + 1;
    }
    in.position(in.position() + length);
    float[] w = new float[n];
    in.asFloatBuffer().get(w);
    in.position(in.position() + 4 * n);
    return new SparseVector(keys, w);
  }

  private static Optional<LocalDate> day(long epochDay) {
    return epochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  private static void writeSet(Writer out, Set<String> s) {
    out.ensure(4);
    out.buffer.putInt(s.size());
    for (String x : new TreeSet<>(s)) out.string(x);
  }

  private static Set<String> readSet(ByteBuffer in) {
    int n = in.getInt();
    Set<String> s = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) s.add(readString(in));
    return s;
  }

  private static String readString(ByteBuffer in) {
    int n = in.getInt();
    String v = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return v;
  }

  /** A growing big-endian buffer. */
  private static final class Writer {
    ByteBuffer buffer = ByteBuffer.allocate(4096);

    void ensure(int bytes) {
      if (buffer.remaining() >= bytes) return;
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
      buffer.flip();
      bigger.put(buffer);
      buffer = bigger;
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      ensure(4 + b.length);
      buffer.putInt(b.length).put(b);
    }
  }
}
