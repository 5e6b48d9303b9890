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
 * Compact binary form of an {@link ArticleProfile}, stored with each article in the store: content
 * words, subject words and names with their counts and with the TF-IDF weights they had when the
 * article was indexed, and how many articles those statistics counted. IDF changes as the store grows,
 * so a candidate whose weights are stale can be weighted again with the statistics of the moment
 * ({@link CandidateWeights}); one whose weights are recent is used as stored. The decoded features
 * carry no term maps.
 *
 * <p>Decoding is on the hot path of incremental assignment (once per retrieved candidate), so the
 * layout is read with one {@link ByteBuffer} and no per-field streams: the subject words, a subset of
 * the content words, are stored as positions in the content-word keys rather than repeated.
 */
public final class FeatureCodec {

  private static final int VERSION = 5;

  private FeatureCodec() {}

  /**
   * @param p the article's features and its vectors
   * @param weighedAt how many articles the statistics that weighted {@code p}'s vectors counted
   */
  public static byte[] encode(ArticleProfile p, long weighedAt) {
    ArticleFeatures f = p.features();
    Writer out = new Writer();
    out.buffer.put((byte) VERSION);
    out.string(f.id());
    out.string(f.title().length() > 2000 ? f.title().substring(0, 2000) : f.title());
    out.ensure(8);
    out.buffer.putLong(weighedAt);
    String[] terms = sorted(f.terms());
    writeCounts(out, terms, f.terms(), p.terms());
    String[] subject = sorted(f.subject());
    int[] positions = positions(subject, terms);
    if (positions == null || !sameCounts(subject, f.subject(), f.terms())) {
      out.ensure(1);
      out.buffer.put((byte) 0);
      writeCounts(out, subject, f.subject(), p.subject());
    } else {
      out.ensure(1 + 4 + 8 * positions.length);
      out.buffer.put((byte) 1).putInt(positions.length);
      for (int i : positions) out.buffer.putInt(i);
      writeWeights(out, subject, p.subject());
    }
    writeCounts(out, sorted(f.names()), f.names(), p.names());
    writeSet(out, f.times());
    writeSet(out, f.numbers());
    out.ensure(20 + 4 * f.embedding().length);
    out.buffer.putLong(f.date().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    out.buffer.putLong(f.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    out.buffer.putInt(f.embedding().length);
    for (float x : f.embedding()) out.buffer.putFloat(x);
    return Arrays.copyOf(out.buffer.array(), out.buffer.position());
  }

  public static StoredProfile decode(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    int version = data.length == 0 ? -1 : in.get();
    if (version != VERSION) {
      throw new IllegalStateException("Stored article features have format version " + version + ", this build reads "
          + VERSION + "; re-index the articles into a fresh store");
    }
    try {
      String id = readString(in);
      String title = readString(in);
      long weighedAt = in.getLong();
      String[] termKeys = readKeys(in);
      int[] termCounts = readCounts(in, termKeys.length);
      float[] termW = readWeights(in, termKeys.length);
      String[] subjectKeys;
      int[] subjectCounts;
      float[] subjectW;
      if (in.get() == 0) {
        subjectKeys = readKeys(in);
        subjectCounts = readCounts(in, subjectKeys.length);
        subjectW = readWeights(in, subjectKeys.length);
      } else {
        int n = in.getInt();
        subjectKeys = new String[n];
        subjectCounts = new int[n];
        for (int i = 0; i < n; i++) {
          int at = in.getInt();
          subjectKeys[i] = termKeys[at];
          subjectCounts[i] = termCounts[at];
        }
        subjectW = readWeights(in, n);
      }
      String[] nameKeys = readKeys(in);
      int[] nameCounts = readCounts(in, nameKeys.length);
      float[] nameW = readWeights(in, nameKeys.length);
      Set<String> times = readSet(in);
      Set<String> numbers = readSet(in);
      long date = in.getLong();
      long published = in.getLong();
      float[] emb = new float[in.getInt()];
      in.asFloatBuffer().get(emb);
      ArticleFeatures f = new ArticleFeatures(id, title, Map.of(), Map.of(), Map.of(), times, numbers, day(date),
          day(published), emb);
      ArticleProfile asStored = new ArticleProfile(f, new SparseVector(termKeys, termW),
          new SparseVector(subjectKeys, subjectW), new SparseVector(nameKeys, nameW));
      return new StoredProfile(asStored, weighedAt, termCounts, subjectCounts, nameCounts);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IllegalStateException("Stored article features are truncated or damaged (" + data.length
          + " bytes); re-index the articles into a fresh store", e);
    }
  }

  private static String[] sorted(Map<String, Integer> counts) {
    String[] keys = counts.keySet().toArray(String[]::new);
    Arrays.sort(keys);
    return keys;
  }

  private static boolean sameCounts(String[] keys, Map<String, Integer> a, Map<String, Integer> b) {
    for (String k : keys) if (!a.get(k).equals(b.get(k))) return false;
    return true;
  }

  /** Positions of {@code subset}'s keys among {@code all}'s (both sorted), or null when one is missing. */
  private static int[] positions(String[] subset, String[] all) {
    int[] out = new int[subset.length];
    int j = 0;
    for (int i = 0; i < out.length; i++) {
      while (j < all.length && all[j].compareTo(subset[i]) < 0) j++;
      if (j == all.length || !all[j].equals(subset[i])) return null;
      out[i] = j;
    }
    return out;
  }

  /** Keys (sorted) as one newline-joined UTF-8 block, then their counts, then their weights in {@code v}. */
  private static void writeCounts(Writer out, String[] keys, Map<String, Integer> counts, SparseVector v) {
    byte[] joined = String.join("\n", keys).getBytes(StandardCharsets.UTF_8);
    out.ensure(8 + joined.length + 4 * keys.length);
    out.buffer.putInt(keys.length).putInt(joined.length).put(joined);
    for (String k : keys) {
      int c = counts.get(k);
      if (c < 1) throw new IllegalArgumentException("Count of '" + k + "' is " + c + "; counts must be positive");
      out.buffer.putInt(c);
    }
    writeWeights(out, keys, v);
  }

  private static void writeWeights(Writer out, String[] keys, SparseVector v) {
    if (!Arrays.equals(keys, v.keys())) {
      throw new IllegalArgumentException("The profile's vector keys differ from its feature keys (" + v.keys().length
          + " vs " + keys.length + "); build the profile with ArticleProfile.of");
    }
    out.ensure(4 * keys.length);
    for (float w : v.weights()) out.buffer.putFloat(w);
  }

  private static float[] readWeights(ByteBuffer in, int n) {
    float[] w = new float[n];
    in.asFloatBuffer().get(w);
    in.position(in.position() + 4 * n);
    return w;
  }

  private static String[] readKeys(ByteBuffer in) {
    int n = in.getInt();
    int length = in.getInt();
    byte[] bytes = in.array();
    int start = in.arrayOffset() + in.position();
    int end = start + length;
    if (n < 0 || length < 0 || end > bytes.length) throw new IndexOutOfBoundsException("vector keys run past the end");
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      int stop = start;
      while (stop < end && bytes[stop] != '\n') stop++;
      if (i < n - 1 && stop == end) throw new IndexOutOfBoundsException("vector keys end early");
      keys[i] = new String(bytes, start, (i == n - 1 ? end : stop) - start, StandardCharsets.UTF_8);
      start = stop + 1;
    }
    in.position(in.position() + length);
    return keys;
  }

  private static int[] readCounts(ByteBuffer in, int n) {
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[i] = in.getInt();
      if (counts[i] < 1) throw new IndexOutOfBoundsException("count " + counts[i]);
    }
    return counts;
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
