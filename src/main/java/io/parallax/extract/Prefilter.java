package io.parallax.extract;

import java.io.ByteArrayOutputStream;

/**
 * Cuts what can never be text out of HTML bytes before decoding and parsing: comments and the
 * contents of {@code script}, {@code style}, {@code noscript}, {@code template} and {@code svg}
 * elements (JSON-LD scripts are kept for the metadata). On news pages that is over half of the
 * bytes, which the decoder and parser would otherwise only process to throw away.
 *
 * <p>Works on bytes of any ASCII-compatible charset (UTF-8, the windows and ISO-8859 families,
 * KOI8, Shift_JIS, GBK, Big5: in all of them {@code '<'} is never part of a multi-byte character).
 * One linear pass; unterminated elements run to the end of the input, as they do for the parser.
 */
final class Prefilter {

  private static final byte[][] DROPPED = {
    ascii("script"), ascii("style"), ascii("noscript"), ascii("template"), ascii("svg")};
  private static final byte[] COMMENT_OPEN = ascii("<!--");
  private static final byte[] COMMENT_CLOSE = ascii("-->");
  private static final byte[] LD_JSON = ascii("ld+json");

  private Prefilter() {}

  static byte[] strip(byte[] html) {
    int n = html.length;
    ByteArrayOutputStream out = null;
    int copied = 0;
    int i = indexOf(html, (byte) '<', 0);
    while (i >= 0 && i < n - 1) {
      int end = -1;
      if (startsWith(html, i, COMMENT_OPEN, false)) {
        int close = indexOf(html, COMMENT_CLOSE, i + 4);
        end = close < 0 ? n : close + 3;
      } else {
        byte[] tag = droppedTag(html, i);
        if (tag != null) {
          int open = indexOf(html, (byte) '>', i);
          if (open < 0) {
            end = n;
          } else if (tag == DROPPED[0] && containsIgnoreCase(html, i, open, LD_JSON)) {
            end = -1; // keep JSON-LD
          } else {
            int close = closingTag(html, tag, open + 1);
            if (close < 0) {
              end = n;
            } else {
              int gt = indexOf(html, (byte) '>', close);
              end = gt < 0 ? n : gt + 1;
            }
          }
        }
      }
      if (end > i) {
        if (out == null) {
          out = new ByteArrayOutputStream(n / 2);
        }
        out.write(html, copied, i - copied);
        out.write(' ');
        copied = end;
        i = end >= n ? -1 : indexOf(html, (byte) '<', end);
      } else {
        i = indexOf(html, (byte) '<', i + 1);
      }
    }
    if (out == null) {
      return html;
    }
    if (copied < n) {
      out.write(html, copied, n - copied);
    }
    return out.toByteArray();
  }

  private static byte[] droppedTag(byte[] html, int lt) {
    for (byte[] tag : DROPPED) {
      int after = lt + 1 + tag.length;
      if (after < html.length && startsWith(html, lt + 1, tag, true)) {
        byte c = html[after];
        if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          return tag;
        }
      }
    }
    return null;
  }

  /** Position of {@code </tag} at or after {@code from}, case-insensitive. */
  private static int closingTag(byte[] html, byte[] tag, int from) {
    for (int i = indexOf(html, (byte) '<', from); i >= 0; i = indexOf(html, (byte) '<', i + 1)) {
      if (i + 2 + tag.length <= html.length && html[i + 1] == '/' && startsWith(html, i + 2, tag, true)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] s, int at, byte[] prefix, boolean ignoreCase) {
    if (at + prefix.length > s.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      byte b = s[at + k];
      if (ignoreCase && b >= 'A' && b <= 'Z') {
        b = (byte) (b + 32);
      }
      if (b != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsIgnoreCase(byte[] s, int from, int to, byte[] needle) {
    for (int i = from; i + needle.length <= to; i++) {
      if (startsWith(s, i, needle, true)) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] s, byte b, int from) {
    for (int i = from; i < s.length; i++) {
      if (s[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] s, byte[] needle, int from) {
    for (int i = indexOf(s, needle[0], from); i >= 0; i = indexOf(s, needle[0], i + 1)) {
      if (startsWith(s, i, needle, false)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
