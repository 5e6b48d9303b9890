package io.parallax.story;

import io.parallax.store.BinaryFormat;
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
 *
 * <p>The store's versioned {@link BinaryFormat}, with a one-byte version: features of another version
 * are refused with what to do (re-index into a fresh store), never misread.
 */
public final class FeatureCodec {

  /** Format 5: counts, weights and the moment of the weights (issue 16: one versioned codec with the store's cards). */
  static final BinaryFormat FORMAT = new BinaryFormat("stored article features", 5, BinaryFormat.Marker.BYTE);

  private FeatureCodec() {}

  /**
   * @param p the article's features and its vectors
   * @param weighedAt how many articles the statistics that weighted {@code p}'s vectors counted
   */
  public static byte[] encode(ArticleProfile p, long weighedAt) {
    ArticleFeatures f = p.features();
    BinaryFormat.Writer out = FORMAT.writer();
    out.string(f.id());
    out.string(f.title().length() > 2000 ? f.title().substring(0, 2000) : f.title());
    out.putLong(weighedAt);
    String[] terms = sorted(f.terms());
    writeCounts(out, terms, f.terms(), p.terms());
    String[] subject = sorted(f.subject());
    int[] positions = positions(subject, terms);
    if (positions == null || !sameCounts(subject, f.subject(), f.terms())) {
      out.room(1).put((byte) 0);
      writeCounts(out, subject, f.subject(), p.subject());
    } else {
      ByteBuffer b = out.room(1 + 4 + 8 * positions.length).put((byte) 1).putInt(positions.length);
      for (int i : positions) b.putInt(i);
      writeWeights(out, subject, p.subject());
    }
    writeCounts(out, sorted(f.names()), f.names(), p.names());
    writeSet(out, f.times());
    writeSet(out, f.numbers());
    ByteBuffer b = out.room(20 + 4 * f.embedding().length);
    b.putLong(f.date().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    b.putLong(f.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    b.putInt(f.embedding().length);
    for (float x : f.embedding()) b.putFloat(x);
    return out.toByteArray();
  }

  /**
   * @throws IllegalStateException when {@code data} is of another format version or damaged; the message
   *     says to re-index into a fresh store
   */
  public static StoredProfile decode(byte[] data) {
    return FORMAT.read(data, FeatureCodec::profile);
  }

  private static StoredProfile profile(ByteBuffer in) {
    String id = BinaryFormat.string(in);
    String title = BinaryFormat.string(in);
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
  private static void writeCounts(BinaryFormat.Writer out, String[] keys, Map<String, Integer> counts, SparseVector v) {
    byte[] joined = String.join("\n", keys).getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = out.room(8 + joined.length + 4 * keys.length);
    b.putInt(keys.length).putInt(joined.length).put(joined);
    for (String k : keys) {
      int c = counts.get(k);
      if (c < 1) throw new IllegalArgumentException("Count of '" + k + "' is " + c + "; counts must be positive");
      b.putInt(c);
    }
    writeWeights(out, keys, v);
  }

  private static void writeWeights(BinaryFormat.Writer out, String[] keys, SparseVector v) {
    if (!Arrays.equals(keys, v.keys())) {
      throw new IllegalArgumentException("The profile's vector keys differ from its feature keys (" + v.keys().length
          + " vs " + keys.length + "); build the profile with ArticleProfile.of");
    }
    ByteBuffer b = out.room(4 * keys.length);
    for (float w : v.weights()) b.putFloat(w);
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

  private static void writeSet(BinaryFormat.Writer out, Set<String> s) {
    out.room(4).putInt(s.size());
    for (String x : new TreeSet<>(s)) out.string(x);
  }

  private static Set<String> readSet(ByteBuffer in) {
    int n = in.getInt();
    Set<String> s = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) s.add(BinaryFormat.string(in));
    return s;
  }
}
