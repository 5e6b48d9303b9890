package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotes by quotation marks ({@link QuotationSegments#regions}), attributed by the nearest speech verb in the
 * same sentence ("..., Sullivan said", "said White House spokesman John Kirby", "Sullivan told
 * reporters: ..."). A pronoun speaker ("he added") resolves to the last named speaker in the article; an
 * unattributed quote right after an attributed one inherits its speaker (a quote running over
 * paragraphs). The fallback for the quotations the annotator's {@link QuoteFinder} leaves out (short
 * fragments, scare quotes): the comparison reads both.
 */
public final class MarkedQuotes {

  private static final Tokenizer TOKENIZER = new NewsTokenizer();
  static final Set<String> CUES = Set.of("said", "says", "say", "told", "tells", "added", "adds",
      "noted", "notes", "stressed", "explained", "warned", "wrote", "writes", "asked", "argued",
      "insisted", "declared", "stated", "recalled", "continued", "replied", "urged", "claimed",
      "acknowledged", "conceded", "tweeted", "posted", "announced", "remarked", "according");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "But", "And", "In", "On",
      "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "It",
      "He", "She", "They", "We", "I", "This", "That", "Meanwhile", "Still", "So", "As", "After");

  private MarkedQuotes() {}

  /**
   * The quotations in quotation marks of {@code kept} (spans into {@code text}), with their speakers:
   * a stage of the annotator ({@link Annotations#markedQuotes()}), and what the comparison reads of an
   * article not annotated ({@link Mentions}).
   */
  static List<QuoteMention> find(String text, List<Span> kept) {
    return attributed(text, QuotationSegments.regions(text, kept));
  }

  /** The quotations {@code regions} (words inside marks, in text order) with their speakers. */
  static List<QuoteMention> attributed(String text, List<Span> regions) {
    List<QuoteMention> out = new ArrayList<>();
    String lastName = null;
    Span lastNameSpan = null;
    int lastQuoteEnd = -1;
    for (Span q : regions) {
      int ls = lineStart(text, q.start());
      int le = lineEnd(text, q.end());
      // the words around it, past its marks (two of them in ",'\"")
      Span before = new Span(ls, beforeMarks(text, q.start(), ls));
      Span after = new Span(afterMarks(text, q.end(), le), le);
      Found f = findAfter(text, after);
      if (f == null) f = findBefore(text, before);
      String name = null;
      Span nameSpan = null;
      if (f != null) {
        if (f.pronoun) {
          name = lastName;
          nameSpan = f.span;
        } else {
          name = f.span.textOf(text);
          nameSpan = f.span;
        }
      } else if (lastName != null && lastQuoteEnd >= 0 && q.start() - lastQuoteEnd < 400
          && onlyQuoteOnLine(text, ls, le, q)) {
        name = lastName;
        nameSpan = lastNameSpan;
      }
      if (name != null && f != null && !f.pronoun) {
        lastName = name;
        lastNameSpan = nameSpan;
      }
      out.add(new QuoteMention(q, Optional.ofNullable(name), Optional.ofNullable(nameSpan)));
      lastQuoteEnd = q.end();
    }
    return List.copyOf(out);
  }

  private record Found(Span span, boolean pronoun) {}

  /** "..., Sullivan said" / "..., said John Kirby, spokesman" / "..., he added". */
  private static Found findAfter(String text, Span after) {
    List<Span> toks = TOKENIZER.tokenize(text, after);
    int limit = Math.min(toks.size(), 14);
    for (int i = 0; i < limit; i++) {
      String w = toks.get(i).textOf(text);
      if (w.equals(".") || w.equals("“") || w.equals("\"")) break;
      if (CUES.contains(w.toLowerCase())) {
        Span before = nameEndingAt(text, toks, i - 1);
        if (before != null) return new Found(before, false);
        if (i > 0 && PRONOUNS.contains(toks.get(i - 1).textOf(text).toLowerCase())) {
          return new Found(toks.get(i - 1), true);
        }
        Span afterName = lastNameIn(text, toks, i + 1, Math.min(toks.size(), i + 12));
        if (afterName != null) return new Found(afterName, false);
        return null;
      }
    }
    return null;
  }

  /** "Sullivan said: ..." / "national security adviser Jake Sullivan told reporters that ...". */
  private static Found findBefore(String text, Span before) {
    List<Span> toks = TOKENIZER.tokenize(text, before);
    for (int i = toks.size() - 1; i >= 0 && i >= toks.size() - 25; i--) {
      String w = toks.get(i).textOf(text).toLowerCase();
      if (CUES.contains(w)) {
        Span name = nameEndingAt(text, toks, i - 1);
        if (name != null) return new Found(name, false);
        if (i > 0 && PRONOUNS.contains(toks.get(i - 1).textOf(text).toLowerCase())) {
          return new Found(toks.get(i - 1), true);
        }
      }
    }
    return null;
  }

  private static Span nameEndingAt(String text, List<Span> toks, int end) {
    int j = end;
    while (j >= 0 && isNameToken(toks.get(j).textOf(text))) j--;
    if (j == end) return null;
    return new Span(toks.get(j + 1).start(), toks.get(end).end());
  }

  private static Span lastNameIn(String text, List<Span> toks, int from, int to) {
    Span best = null;
    int i = from;
    while (i < to) {
      String w = toks.get(i).textOf(text);
      if (w.equals(".") || w.equals(";")) break;
      if (isNameToken(w)) {
        int j = i;
        while (j < to && isNameToken(toks.get(j).textOf(text))) j++;
        best = new Span(toks.get(i).start(), toks.get(j - 1).end());
        i = j;
      } else {
        i++;
      }
    }
    return best;
  }

  /** A capitalised word that can be part of a name (not a sentence opener, weekday or pronoun). */
  public static boolean isNameToken(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
        && !NOT_NAMES.contains(w);
  }

  private static boolean onlyQuoteOnLine(String text, int ls, int le, Span q) {
    String rest = (text.substring(ls, q.start()) + text.substring(q.end(), le)).replaceAll("[\\s\"“”‘’'.,]", "");
    return rest.isEmpty();
  }

  /** Where the text after a quotation ending at {@code end} starts: past the space inside its marks and the marks. */
  private static int afterMarks(String text, int end, int lineEnd) {
    int k = end;
    while (k < lineEnd && Character.isWhitespace(text.charAt(k))) k++;
    while (k < lineEnd && QuotationSegments.isMark(text.charAt(k))) k++;
    return k;
  }

  /** Where the text before a quotation starting at {@code start} ends: before its marks and the space inside them. */
  private static int beforeMarks(String text, int start, int lineStart) {
    int k = start;
    while (k > lineStart && Character.isWhitespace(text.charAt(k - 1))) k--;
    while (k > lineStart && QuotationSegments.isMark(text.charAt(k - 1))) k--;
    return k;
  }

  private static int lineStart(String text, int i) {
    int s = text.lastIndexOf('\n', Math.max(0, i - 1));
    return s < 0 ? 0 : s + 1;
  }

  private static int lineEnd(String text, int i) {
    int e = text.indexOf('\n', i);
    return e < 0 ? text.length() : e;
  }
}
