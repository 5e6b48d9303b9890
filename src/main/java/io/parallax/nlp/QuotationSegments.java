package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one reader of quotations in quotation marks, for English news: straight, curly and doubled-single
 * ({@code ''}) double quotes and guillemets («…»); single quotes (‘…’) only in paragraphs without double
 * ones, opening where no letter or digit precedes, closing where none follows; a quotation left open at a paragraph's end continuing
 * when the next paragraph opens with a mark (news style for quotes running over paragraphs), else closing
 * there. Two entries read the same result: {@link #of(TaggedText)} (the quote finder's first step, marks
 * included, a quotation over paragraphs as one) and {@link #regions(String, List)} (the words inside the
 * marks, one span per paragraph, for text not annotated and the annotator's rule stages). Other languages'
 * conventions („…“, »…«, 「…」) are {@link QuotationMarks}'.
 */
public final class QuotationSegments {

  private static final String MARKS = "\"“”‘’'«»";

  private QuotationSegments() {}

  /** A quotation, marks included, and the paragraph where it opens. */
  record Seg(int start, int end, int paragraph) {}

  /** Quotation segments (marks included), a quotation running over paragraphs as one. */
  static List<Seg> of(TaggedText t) {
    return of(t.text, t.paragraphs);
  }

  /**
   * The words inside quotation marks in {@code kept} (spans into {@code text}), in text order: one span
   * per paragraph a quotation covers, without the marks and the space inside them.
   */
  public static List<Span> regions(String text, List<Span> kept) {
    List<Span> paragraphs = Segmentation.paragraphs(text, kept);
    List<Span> out = new ArrayList<>();
    for (Seg s : of(text, paragraphs)) {
      for (int p = s.paragraph; p < paragraphs.size() && paragraphs.get(p).start() < s.end; p++) {
        Span para = paragraphs.get(p);
        Span words = withoutMarks(text, Math.max(s.start, para.start()), Math.min(s.end, para.end()));
        if (!words.isEmpty()) out.add(words);
      }
    }
    return List.copyOf(out);
  }

  /** The text from {@code start} to {@code end} without the quotation marks and space at either end (maybe empty). */
  static Span withoutMarks(String text, int start, int end) {
    int a = start;
    int e = end;
    while (a < e && isMarkOrSpace(text.charAt(a))) a++;
    while (e > a && isMarkOrSpace(text.charAt(e - 1))) e--;
    return new Span(a, e);
  }

  /** Whether {@code c} is a quotation mark this reader knows or white space. */
  private static boolean isMarkOrSpace(char c) {
    return Character.isWhitespace(c) || isMark(c);
  }

  /** Whether {@code c} is a quotation mark this reader knows. */
  static boolean isMark(char c) {
    return MARKS.indexOf(c) >= 0;
  }

  private static List<Seg> of(String s, List<Span> paragraphs) {
    List<Seg> out = new ArrayList<>();
    int open = -1;
    int openPara = -1;
    char openKind = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      boolean hasDouble = false;
      for (int i = para.start(); i < para.end(); i++) {
        char ch = s.charAt(i);
        if (ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»') { hasDouble = true; break; }
      }
      int i = para.start();
      if (open >= 0) {
        // a quotation left open at the end of the previous paragraph continues only when this
        // paragraph opens with a quotation mark of its kind
        char first = s.charAt(i);
        if ((first == '"' || first == '“') && openKind == '"' || first == '«' && openKind == '«'
            || first == '‘' && openKind == '\'') {
          i++;
        } else {
          out.add(new Seg(open, paragraphs.get(p - 1).end(), openPara));
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
        } else if (ch == '«' && open < 0) {
          open = i;
          openPara = p;
          openKind = '«';
        } else if (ch == '»' && open >= 0 && openKind == '«') {
          out.add(new Seg(open, i + 1, openPara));
          open = -1;
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
    if (open >= 0) out.add(new Seg(open, paragraphs.get(paragraphs.size() - 1).end(), openPara));
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
    Arrays.fill(segIndex, -1);
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
