package io.parallax.model;

/** Escaping of untrusted article text for each output format. */
public final class Escape {

  private Escape() {}

  /** For HTML text and attribute values. */
  public static String html(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * For Markdown inline text: HTML is escaped (Markdown renderers pass raw HTML through), and the
   * characters that would start Markdown syntax are backslash-escaped; line breaks become spaces.
   */
  public static String markdown(String s) {
    if (s == null) return "";
    String flat = terminal(s).replace('\n', ' ').replace('\r', ' ');
    StringBuilder b = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * For terminals, one line: control characters (C0 and C1, so ESC and CSI/OSC sequences lose their
   * introducer) and bidirectional overrides and isolates (U+202E would reverse what follows) are
   * dropped, line breaks and tabs become spaces, lone surrogates become U+FFFD.
   */
  public static String terminal(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') b.append(' ');
      else if (Character.isISOControl(c) || isBidiControl(c)) continue;
      else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
    }
    return b.toString();
  }

  private static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
