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

  private static final int VERSION = 1;

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

  private static Optional<LocalDate> day(long epochDay) {
    return epochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  private static void writeCounts(DataOutputStream out, Map<String, Integer> m) throws IOException {
    out.writeInt(m.size());
    for (var e : new java.util.TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(Math.min(e.getValue(), Short.MAX_VALUE));
    }
  }

  private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) m.put(in.readUTF(), (int) in.readShort());
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
