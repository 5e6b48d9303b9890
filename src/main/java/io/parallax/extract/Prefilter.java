package io.parallax.extract;

import java.util.Arrays;

/**
 * Cuts what can never be text out of HTML bytes before decoding and parsing: comments and the
 * contents of {@code script}, {@code style}, {@code noscript}, {@code template} and {@code svg}
 * elements (JSON-LD scripts are kept for the metadata). On news pages that is over half of the
 * bytes, which the decoder and parser would otherwise only process to throw away.
 *
 * <p>Works on bytes of any ASCII-compatible charset (UTF-8, the windows and ISO-8859 families,
 * KOI8, Shift_JIS, GBK, Big5: in all of them {@code '<'} is never part of a multi-byte character).
 * One linear pass; unterminated elements run to the end of the input, as they do for the parser.
 *
 * <p>Start tags also lose the attributes that extraction never reads ({@code src}, {@code srcset},
 * {@code data-*}, event handlers, link targets...), another third of what is left. A tag whose
 * attributes cannot be read plainly (an unclosed quote) is copied as it is.
 */
final class Prefilter {

  private static final byte[][] DROPPED = {
    ascii("script"), ascii("style"), ascii("noscript"), ascii("template"), ascii("svg")};
  private static final byte[] COMMENT_OPEN = ascii("<!--");
  private static final byte[] COMMENT_CLOSE = ascii("-->");
  private static final byte[] LD_JSON = ascii("ld+json");
  private static final byte[] NAV = ascii("nav");
  private static final byte[] INPUT = ascii("input");
  private static final byte[] SELECT = ascii("select");
  private static final byte[] CANONICAL = ascii("canonical");
  private static final byte[] AUTHOR = ascii("author");
  private static final byte[] EMPTY_NAV = ascii("<nav></nav>");

  private Prefilter() {}

  /** An unsynchronised growable byte buffer. */
  private static final class Bytes {
    private byte[] buf;
    private int size;

    Bytes(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    void write(int b) {
      ensure(1);
      buf[size++] = (byte) b;
    }

    void write(byte[] src, int off, int len) {
      ensure(len);
      System.arraycopy(src, off, buf, size, len);
      size += len;
    }

    void write(Bytes other) {
      write(other.buf, 0, other.size);
    }

    void reset() {
      size = 0;
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, size);
    }
  }

  static byte[] strip(byte[] html) {
    int n = html.length;
    Bytes out = null;
    Bytes tagBuffer = null;
    int copied = 0;
    boolean navs = true;
    int i = indexOf(html, (byte) '<', 0);
    while (i >= 0 && i < n - 1) {
      // whitespace between a tag and a block-level tag is never text: leave it out
      int k = i - 1;
      while (k >= copied && isSpace(html[k])) {
        k--;
      }
      if (k < i - 1 && k >= 0 && k >= copied - 1 && html[k] == '>' && isBlockTag(html, i)) {
        if (out == null) {
          out = new Bytes(n / 2);
        }
        if (k + 1 > copied) {
          out.write(html, copied, k + 1 - copied);
        }
        copied = i;
      }
      int end = -1;
      boolean nav = false;
      boolean silent = false; // elements the main text drops anyway go without a trace
      if (navs && tagAt(html, i + 1, NAV)) {
        end = navEnd(html, i);
        nav = end > i;
        navs = nav; // an unclosed nav: keep this and all later ones (and stay linear)
      } else if (tagAt(html, i + 1, INPUT) || tagAt(html, i + 1, LINK) && !relevantLink(html, i)) {
        int gt = indexOf(html, (byte) '>', i);
        end = gt < 0 ? -1 : gt + 1;
        silent = true;
      } else if (tagAt(html, i + 1, SELECT)) {
        int close = closingTag(html, SELECT, i + 1);
        int gt = close < 0 ? -1 : indexOf(html, (byte) '>', close);
        end = gt < 0 ? -1 : gt + 1;
        silent = true;
      } else if (startsWith(html, i, COMMENT_OPEN, false)) {
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
          out = new Bytes(n / 2);
        }
        out.write(html, copied, i - copied);
        if (nav) {
          out.write(EMPTY_NAV, 0, EMPTY_NAV.length);
        } else if (!silent) {
          out.write(' ');
        }
        copied = end;
        i = end >= n ? -1 : indexOf(html, (byte) '<', end);
      } else if (isLetter(html[i + 1])) {
        if (out == null) {
          out = new Bytes(n / 2);
        }
        out.write(html, copied, i - copied);
        if (tagBuffer == null) {
          tagBuffer = new Bytes(256);
        }
        int after = copyStartTag(html, i, out, tagBuffer);
        copied = after;
        i = after >= n ? -1 : indexOf(html, (byte) '<', after);
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

  private static final byte[][] KEPT_ATTRIBUTES = {
    ascii("class"), ascii("id"), ascii("role"), ascii("style"), ascii("hidden"), ascii("itemprop"), ascii("rel"),
    ascii("content"), ascii("property"), ascii("name"), ascii("http-equiv"), ascii("charset"), ascii("datetime"),
    ascii("pubdate"), ascii("lang"), ascii("xml:lang"), ascii("type"), ascii("aria-hidden")};
  private static final byte[] HREF = ascii("href");
  private static final byte[] LINK = ascii("link");
  private static final byte[] BASE = ascii("base");

  private static boolean named(byte[] html, int start, int end, byte[] name) {
    return end - start == name.length && startsWith(html, start, name, true);
  }

  private static final byte[][][] KEPT_BY_LETTER = byFirstLetter(KEPT_ATTRIBUTES);

  private static boolean kept(byte[] html, int start, int end, boolean keepHref) {
    return anyNamed(html, start, end, KEPT_BY_LETTER) || keepHref && named(html, start, end, HREF);
  }

  /** Names grouped by their first letter (a-z), so a lookup compares against a handful at most. */
  private static byte[][][] byFirstLetter(byte[][] names) {
    byte[][][] out = new byte[26][][];
    for (int c = 0; c < 26; c++) {
      byte letter = (byte) ('a' + c);
      out[c] = Arrays.stream(names).filter(name -> name[0] == letter).toArray(byte[][]::new);
    }
    return out;
  }

  /** Whether {@code html[start, end)} is one of {@code names} (grouped by {@link #byFirstLetter}), ignoring case. */
  private static boolean anyNamed(byte[] html, int start, int end, byte[][][] names) {
    if (end <= start) {
      return false;
    }
    int c = (html[start] | 0x20) - 'a';
    if (c < 0 || c >= 26) {
      return false;
    }
    for (byte[] name : names[c]) {
      if (named(html, start, end, name)) {
        return true;
      }
    }
    return false;
  }

  private static final byte[][][] BLOCK_TAGS;

  static {
    String[] names = {"html", "head", "body", "title", "meta", "link", "div", "p", "ul", "ol", "li", "section",
      "article", "header", "footer", "nav", "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
      "tbody", "tfoot", "tr", "td", "th", "form", "figure", "figcaption", "blockquote", "dl", "dt", "dd", "hr", "br",
      "script", "style", "noscript", "option", "select", "iframe", "base", "caption", "colgroup", "col", "details",
      "summary", "address", "fieldset", "legend", "menu", "center"};
    byte[][] tags = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      tags[i] = ascii(names[i]);
    }
    BLOCK_TAGS = byFirstLetter(tags);
  }

  /** Whether the tag at {@code lt} opens or closes a block-level element (whitespace around it is not text). */
  private static boolean isBlockTag(byte[] html, int lt) {
    int start = lt + 1;
    if (start < html.length && html[start] == '/') {
      start++;
    }
    int end = start;
    while (end < html.length && (isLetter(html[end]) || (html[end] >= '0' && html[end] <= '9'))) {
      end++;
    }
    if (end == start || end >= html.length) {
      return false;
    }
    byte after = html[end];
    if (!(after == '>' || after == '/' || isSpace(after))) {
      return false;
    }
    return anyNamed(html, start, end, BLOCK_TAGS);
  }

  private static boolean isLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }

  /**
   * Copies the start tag at {@code lt} to {@code out} with only the attributes extraction reads;
   * returns the position after it. Copies the tag unchanged when it cannot be read plainly.
   */
  private static int copyStartTag(byte[] html, int lt, Bytes out, Bytes tagOut) {
    int n = html.length;
    int i = lt + 1;
    while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/') {
      i++;
    }
    boolean keepHref = named(html, lt + 1, i, LINK) || named(html, lt + 1, i, BASE);
    // no '<' in (lt, clearTo): checked lazily, only as far as quoted values reach
    int clearTo = lt + 1;
    tagOut.reset();
    tagOut.write(html, lt, i - lt);
    while (true) {
      while (i < n && (isSpace(html[i]) || html[i] == '/')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (html[i] == '>') {
        tagOut.write('>');
        out.write(tagOut);
        return i + 1;
      }
      if (html[i] == '<') {
        break; // a tag that never closed: let the parser see it as it is
      }
      int nameStart = i;
      while (i < n && !isSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') {
        i++;
      }
      int nameEnd = i;
      int j = i;
      while (j < n && isSpace(html[j])) {
        j++;
      }
      int valueEnd = nameEnd;
      if (j < n && html[j] == '=') {
        j++;
        while (j < n && isSpace(html[j])) {
          j++;
        }
        if (j < n && (html[j] == '"' || html[j] == '\'')) {
          int close = indexOf(html, html[j], j + 1);
          if (close < 0) {
            break; // an unclosed quote: not plain
          }
          if (close > clearTo) {
            if (indexOf(html, (byte) '<', clearTo, close) >= 0) {
              break; // a quote that swallows markup: not plain
            }
            clearTo = close;
          }
          valueEnd = close + 1;
        } else {
          while (j < n && !isSpace(html[j]) && html[j] != '>') {
            j++;
          }
          valueEnd = j;
        }
        i = valueEnd;
      }
      if (kept(html, nameStart, nameEnd, keepHref)) {
        tagOut.write(' ');
        tagOut.write(html, nameStart, valueEnd - nameStart);
      }
      if (i == nameStart) {
        i++; // never loop without progress
      }
    }
    // not plain: copy up to the next tag start unchanged
    int nextLt = indexOf(html, (byte) '<', lt + 1);
    if (nextLt < 0) {
      nextLt = n;
    }
    out.write(html, lt, nextLt - lt);
    return nextLt;
  }

  private static byte[] droppedTag(byte[] html, int lt) {
    if (lt + 1 >= html.length) {
      return null;
    }
    int first = html[lt + 1] | 0x20;
    if (first != 's' && first != 'n' && first != 't') {
      return null; // script, style, svg, noscript, template
    }
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

  /** Whether the {@code link} tag at {@code lt} may be one metadata reads (canonical or author). */
  private static boolean relevantLink(byte[] html, int lt) {
    int gt = indexOf(html, (byte) '>', lt);
    int end = gt < 0 ? html.length : gt;
    return containsIgnoreCase(html, lt, end, CANONICAL) || containsIgnoreCase(html, lt, end, AUTHOR);
  }

  /** Whether {@code html} has the tag name {@code name} at {@code at}, followed by a delimiter. */
  private static boolean tagAt(byte[] html, int at, byte[] name) {
    int after = at + name.length;
    if (after >= html.length || !startsWith(html, at, name, true)) {
      return false;
    }
    byte c = html[after];
    return c == '>' || c == '/' || isSpace(c);
  }

  /**
   * End (after its {@code >}) of the {@code nav} element whose start tag is at {@code lt}, counting
   * nested {@code nav}s and skipping comments and script-like elements; -1 when it never closes.
   * Navigation is always removed from the main text, so its contents need not be parsed at all.
   */
  private static int navEnd(byte[] html, int lt) {
    int depth = 1;
    int i = indexOf(html, (byte) '<', lt + 1);
    while (i >= 0 && i + 1 < html.length) {
      int next = i + 1;
      if (html[i + 1] == '/') {
        if (tagAt(html, i + 2, NAV) && --depth == 0) {
          int gt = indexOf(html, (byte) '>', i);
          return gt < 0 ? -1 : gt + 1;
        }
      } else if (tagAt(html, i + 1, NAV)) {
        depth++;
      } else if (startsWith(html, i, COMMENT_OPEN, false)) {
        int close = indexOf(html, COMMENT_CLOSE, i + 4);
        if (close < 0) {
          return -1;
        }
        next = close + 3;
      } else {
        byte[] raw = droppedTag(html, i);
        if (raw != null) {
          int close = closingTag(html, raw, i + 1);
          if (close < 0) {
            return -1;
          }
          next = close + 1;
        }
      }
      i = indexOf(html, (byte) '<', next);
    }
    return -1;
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

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** First {@code b} at or after {@code from}; eight bytes at a time (SWAR zero-byte test). */
  private static int indexOf(byte[] s, byte b, int from) {
    return indexOf(s, b, from, s.length);
  }

  /** First {@code b} in {@code [from, to)}, or -1. */
  private static int indexOf(byte[] s, byte b, int from, int to) {
    int i = Math.max(from, 0);
    long pattern = (b & 0xFFL) * ONES;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(s, i) ^ pattern;
      long zero = (w - ONES) & ~w & HIGHS;
      if (zero != 0) {
        // the lowest flagged byte is always a true match (false positives only sit above one)
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
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
