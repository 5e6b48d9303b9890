package io.parallax.story;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compact binary form of an {@link ArticleProfile}, stored with each article in the store. The TF-IDF
 * vectors are stored with the weights they had when the article was indexed ("frozen"), so reading a
 * candidate back needs no document-frequency look-ups; the decoded features carry no term maps.
 */
public final class FeatureCodec {

  private static final int VERSION = 3;

  private FeatureCodec() {}

  public static byte[] encode(ArticleProfile p) {
    ArticleFeatures f = p.features();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(f.id());
      out.writeUTF(f.title().length() > 2000 ? f.title().substring(0, 2000) : f.title());
      writeVector(out, p.terms());
      writeVector(out, p.subject());
      writeVector(out, p.names());
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

  public static ArticleProfile decode(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Stored article features have format version " + version + ", this build reads "
            + VERSION + "; re-index the articles into a fresh store");
      }
      String id = in.readUTF();
      String title = in.readUTF();
      SparseVector terms = readVector(in);
      SparseVector subject = readVector(in);
      SparseVector names = readVector(in);
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

  /** Keys (already sorted) as one newline-joined UTF-8 block, then their weights. */
  private static void writeVector(DataOutputStream out, SparseVector v) throws IOException {
    out.writeInt(v.keys().length);
    byte[] keys = String.join("\n", v.keys()).getBytes(StandardCharsets.UTF_8);
    out.writeInt(keys.length);
    out.write(keys);
    for (float w : v.weights()) out.writeFloat(w);
  }

  private static SparseVector readVector(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    String[] keys = new String[n];
    if (n > 0) {
      String all = new String(bytes, StandardCharsets.UTF_8);
      int start = 0;
      for (int i = 0; i < n; i++) {
        int end = i == n - 1 ? all.length() : all.indexOf('\n', start);
        keys[i] = all.substring(start, end);
        start = end + 1;
      }
    }
    float[] w = new float[n];
    for (int i = 0; i < n; i++) w[i] = in.readFloat();
    return new SparseVector(keys, w);
  }

  private static Optional<LocalDate> day(long epochDay) {
    return epochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
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
