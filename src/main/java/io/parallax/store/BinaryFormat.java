package io.parallax.store;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A versioned binary format of what the store keeps per article, shared by the store's article cards
 * ({@code ArticleCards}) and event detection's stored features ({@code story.FeatureCodec}): every
 * value starts with its format version, and a reader of another version is refused with one message
 * that says what was found and what to do, never misread. Big-endian throughout; strings are a 4-byte
 * UTF-8 length and the bytes.
 *
 * <p>A format reads exactly its own version: a store written by an older Parallax is re-indexed into
 * a fresh store, one written by a newer Parallax is read by that Parallax. The version is bumped when
 * a layout or the meaning of a stored value changes (such as the encoder behind an embedding).
 *
 * @param what what the values are, for messages ("stored article features")
 * @param version the version written and read
 * @param marker how the version is written
 */
public record BinaryFormat(String what, int version, Marker marker) {

  /** How a format writes its version at the start of each value. */
  public enum Marker {
    /** One byte, the version. */
    BYTE,
    /**
     * Minus the version as a 4-byte int: a value written before the format had a version starts with a
     * length, never negative, so it reads as version 1.
     */
    NEGATIVE_INT
  }

  public BinaryFormat {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(marker, "marker");
    if (version < 2 || (marker == Marker.BYTE && version > Byte.MAX_VALUE)) {
      throw new IllegalArgumentException("A binary format version must be 2 or more (1 stands for values written "
          + "before a version existed) and fit its marker, got " + version + " for " + what);
    }
  }

  /** A writer of one value, its version marker written. */
  public Writer writer() {
    Writer w = new Writer();
    if (marker == Marker.BYTE) {
      w.buffer.put((byte) version);
    } else {
      w.buffer.putInt(-version);
    }
    return w;
  }

  /** Reads one value of this format from {@code length} bytes of {@code data} at {@code offset}. */
  public <T> T read(byte[] data, int offset, int length, Decoder<T> decoder) {
    ByteBuffer in = ByteBuffer.wrap(data, offset, length);
    int found;
    if (length < (marker == Marker.BYTE ? 1 : 4)) {
      found = -1;
    } else if (marker == Marker.BYTE) {
      found = in.get();
    } else {
      int first = in.getInt();
      found = first < 0 ? -first : 1;
    }
    if (found != version) throw new IllegalStateException(versionMessage(found));
    try {
      return decoder.decode(in);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalStateException(capitalised() + " are truncated or damaged (" + length + " bytes): "
          + String.valueOf(e.getMessage()) + "; re-index the articles into a fresh store", e);
    }
  }

  /** As {@link #read(byte[], int, int, Decoder)} over the whole of {@code data}. */
  public <T> T read(byte[] data, Decoder<T> decoder) {
    return read(data, 0, data.length, decoder);
  }

  private String versionMessage(int found) {
    if (found < 0) {
      return capitalised() + " are empty or cut before their format version; re-index the articles into a fresh store";
    }
    if (found > version) {
      return capitalised() + " have format version " + found + ", newer than this version of Parallax reads ("
          + version + "): use the Parallax that wrote the store, or re-index the articles into a fresh store";
    }
    return capitalised() + " have format version " + found + ", written by an older Parallax; this one reads "
        + version + ": re-index the articles into a fresh store";
  }

  private String capitalised() {
    return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }

  /** Decodes a value from a buffer positioned after its version marker. */
  @FunctionalInterface
  public interface Decoder<T> {
    T decode(ByteBuffer in);
  }

  /** Reads a string written by {@link Writer#string(String)}. */
  public static String string(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) throw new IndexOutOfBoundsException("a string of " + n + " bytes runs past the end");
    String v = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return v;
  }

  /** A growing big-endian buffer holding one value. */
  public static final class Writer {
    private ByteBuffer buffer = ByteBuffer.allocate(4096);

    private Writer() {}

    /** The buffer to write to, with room for at least {@code bytes} more. */
    public ByteBuffer room(int bytes) {
      if (buffer.remaining() < bytes) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
      return buffer;
    }

    public Writer string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      room(4 + b.length).putInt(b.length).put(b);
      return this;
    }

    public Writer putLong(long v) {
      room(8).putLong(v);
      return this;
    }

    public Writer put(byte[] bytes) {
      room(bytes.length).put(bytes);
      return this;
    }

    /** The bytes written. */
    public byte[] toByteArray() {
      return Arrays.copyOf(buffer.array(), buffer.position());
    }
  }
}
