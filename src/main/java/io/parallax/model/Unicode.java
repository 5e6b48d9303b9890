package io.parallax.model;

/**
 * Well-formed text for writers that must encode it: a lone UTF-16 surrogate (a JSON escape such as
 * backslash-u-D800 is valid JSON, but the character is not encodable in UTF-8) makes a strict UTF-8
 * writer throw halfway through a file. Replacing each lone surrogate by U+FFFD keeps the length, so
 * spans stay valid.
 */
public final class Unicode {

  private Unicode() {}

  /** {@code s} with every unpaired surrogate replaced by U+FFFD (the same string when there is none). */
  public static String wellFormed(String s) {
    if (s == null) return null;
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) continue;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      if (chars == null) chars = s.toCharArray();
      chars[i] = '\uFFFD';
    }
    return chars == null ? s : new String(chars);
  }
}
