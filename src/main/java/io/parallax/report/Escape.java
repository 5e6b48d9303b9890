package io.parallax.report;

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

  /** For terminals: control characters (escape sequences included) are dropped, tabs become spaces. */
  public static String terminal(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') b.append(' ');
      else if (c == '\n' || !Character.isISOControl(c)) b.append(c);
    }
    return b.toString();
  }
}
