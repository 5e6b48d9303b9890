package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct-quotation regions by their quotation marks: curly double quotes, straight double
 * quotes (paired in order) and curly single quotes whose closing mark is not an apostrophe. A quote
 * still open at the end of a paragraph closes there (news style for quotes running over
 * paragraphs). Returned spans cover the quoted words, without the marks.
 */
public final class QuoteRegions {
  private QuoteRegions() {}

  /** The quoted regions of {@code kept} (spans into {@code text}), in text order. */
  public static List<Span> find(String text, List<Span> kept) {
    List<Span> out = new ArrayList<>();
    for (Span region : kept) {
      int lineStart = region.start();
      for (int i = region.start(); i <= region.end(); i++) {
        if (i == region.end() || text.charAt(i) == '\n') {
          findInLine(text, lineStart, i, out);
          lineStart = i + 1;
        }
      }
    }
    return List.copyOf(out);
  }

  private static void findInLine(String text, int from, int to, List<Span> out) {
    int open = -1;
    char closer = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '“' || c == '"' || c == '«') {
          open = i + 1;
          closer = c == '“' ? '”' : c == '«' ? '»' : '"';
        } else if (c == '‘' && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
            && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
          open = i + 1;
          closer = '’';
        }
      } else if (c == closer || (closer == '”' && c == '"')) {
        if (closer == '’' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) continue;
        if (closer == '’' && i > 0 && (text.charAt(i - 1) == 's') && i - open < 15) continue;
        add(text, open, i, out);
        open = -1;
      }
    }
    if (open >= 0 && closer != '’') add(text, open, to, out);
  }

  private static void add(String text, int start, int end, List<Span> out) {
    Span s = new Span(start, end).trim(text);
    if (!s.isEmpty()) out.add(s);
  }
}
