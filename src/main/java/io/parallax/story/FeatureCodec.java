package io.parallax.story;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compact binary form of {@link ArticleFeatures}, stored with each article in the store. */
public final class FeatureCodec {

  private static final int VERSION = 2;

  private FeatureCodec() {}

  public static byte[] encode(ArticleFeatures f) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(f.id());
      out.writeUTF(f.title().length() > 2000 ? f.title().substring(0, 2000) : f.title());
      writeCounts(out, f.terms());
      writeCounts(out, f.subject());
      writeCounts(out, f.names());
      writeSet(out, f.times());
      writeSet(out, f.numbers());
      out.writeLong(f.date().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
      out.writeLong(f.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
      out.writeInt(f.embedding().length);
      for (float x : f.embedding()) out.writeFloat(x);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static ArticleFeatures decode(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Stored article features have format version " + version + ", this build reads "
            + VERSION + "; re-index the articles into a fresh store");
      }
      String id = in.readUTF();
      String title = in.readUTF();
      Map<String, Integer> terms = readCounts(in);
      Map<String, Integer> subject = readCounts(in);
      Map<String, Integer> names = readCounts(in);
      Set<String> times = readSet(in);
      Set<String> numbers = readSet(in);
      long date = in.readLong();
      long published = in.readLong();
      float[] emb = new float[in.readInt()];
      for (int i = 0; i < emb.length; i++) emb[i] = in.readFloat();
      return new ArticleFeatures(id, title, terms, subject, names, times, numbers, day(date), day(published), emb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The comparison profile straight from the stored bytes: TF-IDF vectors built from the stored
   * (already sorted) keys without intermediate maps; the returned features carry no term maps.
   */
  public static ArticleProfile decodeProfile(byte[] data, TermStatistics stats) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Stored article features have format version " + version + ", this build reads "
            + VERSION + "; re-index the articles into a fresh store");
      }
      String id = in.readUTF();
      String title = in.readUTF();
      SparseVector terms = readVector(in, TermStatistics.Field.TERM, stats);
      SparseVector subject = readVector(in, TermStatistics.Field.TERM, stats);
      SparseVector names = readVector(in, TermStatistics.Field.NAME, stats);
      Set<String> times = readSet(in);
      Set<String> numbers = readSet(in);
      long date = in.readLong();
      long published = in.readLong();
      float[] emb = new float[in.readInt()];
      for (int i = 0; i < emb.length; i++) emb[i] = in.readFloat();
      ArticleFeatures f = new ArticleFeatures(id, title, Map.of(), Map.of(), Map.of(), times, numbers, day(date),
          day(published), emb);
      return new ArticleProfile(f, terms, subject, names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SparseVector readVector(DataInputStream in, TermStatistics.Field field, TermStatistics stats)
      throws IOException {
    int n = in.readInt();
    String[] keys = readKeys(in, n);
    float[] w = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      int count = in.readShort();
      double x = (1 + Math.log(count)) * stats.idf(field, keys[i]);
      w[i] = (float) x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < n; i++) w[i] /= (float) norm;
    }
    return new SparseVector(keys, w);
  }

  private static Optional<LocalDate> day(long epochDay) {
    return epochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /** Keys sorted, as one newline-joined UTF-8 block, then their counts. */
  private static void writeCounts(DataOutputStream out, Map<String, Integer> m) throws IOException {
    java.util.TreeMap<String, Integer> sorted = new java.util.TreeMap<>(m);
    out.writeInt(sorted.size());
    byte[] keys = String.join("\n", sorted.keySet()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(keys.length);
    out.write(keys);
    for (int c : sorted.values()) out.writeShort(Math.min(c, Short.MAX_VALUE));
  }

  private static String[] readKeys(DataInputStream in, int n) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    String[] keys = new String[n];
    if (n == 0) return keys;
    String all = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int start = 0;
    for (int i = 0; i < n; i++) {
      int end = i == n - 1 ? all.length() : all.indexOf('\n', start);
      keys[i] = all.substring(start, end);
      start = end + 1;
    }
    return keys;
  }

  private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
    int n = in.readInt();
    String[] keys = readKeys(in, n);
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) m.put(keys[i], (int) in.readShort());
    return m;
  }

  private static void writeSet(DataOutputStream out, Set<String> s) throws IOException {
    out.writeInt(s.size());
    for (String x : new java.util.TreeSet<>(s)) out.writeUTF(x);
  }

  private static Set<String> readSet(DataInputStream in) throws IOException {
    int n = in.readInt();
    Set<String> s = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) s.add(in.readUTF());
    return s;
  }
}
