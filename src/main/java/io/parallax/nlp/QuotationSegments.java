package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The first step of quote finding: where quotations in quotation marks lie (straight, curly and
 * doubled-single double quotes; single quotes in paragraphs without double ones), a quotation left
 * open at a paragraph's end continuing when the next paragraph opens with a mark, and which tokens lie
 * inside one.
 */
final class QuotationSegments {

  private QuotationSegments() {}

  /** A quotation, marks included, and the paragraph where it opens. */
  record Seg(int start, int end, int paragraph) {}

  /** Quotation segments (marks included), a quotation running over paragraphs as one. */
  static List<Seg> of(TaggedText t) {
    List<Seg> out = new ArrayList<>();
    String s = t.text;
    int open = -1;
    int openPara = -1;
    char openKind = 0;
    for (int p = 0; p < t.paragraphs.size(); p++) {
      Span para = t.paragraphs.get(p);
      boolean hasDouble = false;
      for (int i = para.start(); i < para.end(); i++) {
        char ch = s.charAt(i);
        if (ch == '"' || ch == '“' || ch == '”') { hasDouble = true; break; }
      }
      int i = para.start();
      if (open >= 0) {
        // a quotation left open at the end of the previous paragraph continues only when this
        // paragraph opens with a quotation mark
        char first = s.charAt(i);
        if (first == '"' || first == '“' || first == '‘' && openKind == '\'') {
          i++;
        } else {
          out.add(new Seg(open, t.paragraphs.get(p - 1).end(), openPara));
          open = -1;
        }
      }
      for (; i < para.end(); i++) {
        char ch = s.charAt(i);
        char prev = i > para.start() ? s.charAt(i - 1) : ' ';
        char next = i + 1 < para.end() ? s.charAt(i + 1) : ' ';
        boolean dbl = ch == '"' || ch == '“' || ch == '”'
            || (ch == '\'' && next == '\'');
        if (dbl) {
          int w = ch == '\'' ? 2 : 1;
          boolean opening = ch == '“' || (ch != '”' && open < 0);
          if (open < 0 && opening) {
            open = i;
            openPara = p;
            openKind = '"';
          } else if (open >= 0 && openKind == '"' && !(ch == '“')) {
            out.add(new Seg(open, i + w, openPara));
            open = -1;
          }
          i += w - 1;
        } else if (!hasDouble && ch == '‘' && open < 0 && !Character.isLetterOrDigit(prev)) {
          open = i;
          openPara = p;
          openKind = '\'';
        } else if (!hasDouble && (ch == '’' || ch == '\'') && open >= 0 && openKind == '\''
            && !Character.isLetter(next) && !Character.isWhitespace(prev)) {
          out.add(new Seg(open, i + 1, openPara));
          open = -1;
        }
      }
    }
    if (open >= 0) out.add(new Seg(open, t.paragraphs.get(t.paragraphs.size() - 1).end(), openPara));
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  /** Per token: whether it lies inside quotation marks. */
  static boolean[] inQuote(TaggedText t) {
    int[] segIndex = new int[t.size()];
    return markQuotes(t, of(t), segIndex);
  }

  /** Marks the tokens inside quotations; fills {@code segIndex} with each token's quotation or -1. */
  static boolean[] markQuotes(TaggedText t, List<Seg> segs, int[] segIndex) {
    int n = t.size();
    boolean[] inQuote = new boolean[n];
    java.util.Arrays.fill(segIndex, -1);
    for (int si = 0; si < segs.size(); si++) {
      Seg s = segs.get(si);
      for (int k = t.tokenAt(s.start); k < n && t.start[k] < s.end; k++) {
        segIndex[k] = si;
        if (t.start[k] > s.start && t.end[k] < s.end) inQuote[k] = true;
      }
    }
    return inQuote;
  }
}
