package io.parallax.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: byte-order mark first, then the declared (HTTP) charset, then
 * the page's own {@code <meta>} charset, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * A declared single-byte charset is overruled when the bytes are valid multi-byte UTF-8, and a
 * declared UTF-8 is overruled when the bytes are not UTF-8 at all. Invalid bytes become U+FFFD; it
 * never throws on content.
 */
public final class HtmlDecoder {

  /** Decoded text, the charset used and what was odd about the declaration. */
  public record Decoded(String text, Charset charset, List<String> warnings) {
    public Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
  private static final int PRESCAN = 8192;

  private HtmlDecoder() {}

  public static Decoded decode(byte[] bytes, Optional<String> declaredCharset) {
    return decode(bytes, declaredCharset, UnaryOperator.identity());
  }

  /**
   * Decodes {@code bytes} after passing them through {@code filter} when the charset is
   * ASCII-compatible (the charset is still sniffed from the unfiltered bytes' head).
   */
  static Decoded decode(byte[] original, Optional<String> declaredCharset, UnaryOperator<byte[]> filter) {
    byte[] bytes = original;
    List<String> warnings = new ArrayList<>();
    int bomLength = 0;
    Charset bom = null;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      bom = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      bom = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      bom = StandardCharsets.UTF_16LE;
      bomLength = 2;
    }
    if (bom != null) {
      return new Decoded(decodeLenient(bytes, bomLength, bom), bom, warnings);
    }
    Optional<Charset> declared = declaredCharset.flatMap(name -> lookup(name, "declared", warnings));
    Optional<Charset> chosen = declared.isPresent() ? declared : metaCharset(bytes, warnings);
    if (chosen.isEmpty() || asciiCompatible(chosen.get())) {
      bytes = filter.apply(bytes);
    }
    Utf8State utf8 = utf8State(bytes);
    Charset charset;
    if (chosen.isPresent()) {
      charset = chosen.get();
      if (isUtf8(charset) && utf8 == Utf8State.INVALID) {
        warnings.add("page declares UTF-8 but its bytes are not valid UTF-8; decoded as windows-1252");
        charset = WINDOWS_1252;
      } else if (isLatin(charset) && utf8 == Utf8State.VALID_MULTIBYTE) {
        warnings.add("page declares " + chosen.get().name() + " but its bytes are valid UTF-8; decoded as UTF-8");
        charset = StandardCharsets.UTF_8;
      }
    } else {
      charset = utf8 == Utf8State.INVALID ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }
    return new Decoded(decodeLenient(bytes, 0, charset), charset, warnings);
  }

  private static Optional<Charset> metaCharset(byte[] bytes, List<String> warnings) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      return lookup(m.group(1), "meta", warnings);
    }
    Matcher x = XML_ENCODING.matcher(head);
    return x.find() ? lookup(x.group(1), "xml", warnings) : Optional.empty();
  }

  private static Optional<Charset> lookup(String name, String where, List<String> warnings) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    // WHATWG encoding rules: these labels all mean windows-1252 on the web.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
        || n.equals("iso8859-1") || n.equals("l1")) {
      return Optional.of(WINDOWS_1252);
    }
    if (n.equals("utf8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      Charset c = Charset.forName(n);
      // a page that is parsed as text at all cannot be UTF-16 without a BOM
      if (c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")) {
        return Optional.of(StandardCharsets.UTF_8);
      }
      return Optional.of(c);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.add("unknown " + where + " charset '" + name + "' ignored; detected instead");
      return Optional.empty();
    }
  }

  private static boolean asciiCompatible(Charset c) {
    String name = c.name().toUpperCase(Locale.ROOT);
    return !(name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.contains("EBCDIC")
        || name.startsWith("IBM0") || name.equals("UTF-7") || name.contains("2022"));
  }

  private static boolean isUtf8(Charset c) {
    return c.equals(StandardCharsets.UTF_8);
  }

  private static boolean isLatin(Charset c) {
    return c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
  }

  enum Utf8State { ASCII, VALID_MULTIBYTE, INVALID }

  /** Whether {@code bytes} are pure ASCII, valid UTF-8 with multi-byte sequences, or not UTF-8. */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  static Utf8State utf8State(byte[] bytes) {
    boolean multi = false;
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        // the rest of an ASCII run, eight bytes at a time
        while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
          i += 8;
        }
        continue;
      }
      int len;
      if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
      } else {
        return Utf8State.INVALID;
      }
      if (i + len > n) {
        // a sequence cut by truncation at the very end is not evidence against UTF-8
        return multi || i > 0 ? Utf8State.VALID_MULTIBYTE : Utf8State.INVALID;
      }
      for (int k = 1; k < len; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return Utf8State.INVALID;
        }
      }
      multi = true;
      i += len;
    }
    return multi ? Utf8State.VALID_MULTIBYTE : Utf8State.ASCII;
  }

  private static String decodeLenient(byte[] bytes, int offset, Charset charset) {
    // String's constructor replaces malformed and unmappable input with U+FFFD and never throws
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}
