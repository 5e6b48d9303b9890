package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based sentence splitter tuned for news prose.
 *
 * <p>Line breaks always end a sentence (news bodies put one paragraph per line). Inside a line, a
 * sentence ends at {@code . ! ? …} (with any closing quotes or brackets that follow) when the next
 * non-space character can start a sentence, unless the period belongs to a title or other
 * abbreviation ("Sen.", "Rear Adm.", "Oct. 7"), an initial ("J. Smith") or a dotted acronym
 * ("D-N.Y.", "U.S.") that is followed by a name rather than by a new sentence. A terminator followed
 * by a lower-case word ({@code "Why?" he asked.}) does not end the sentence, and neither do dashes.
 *
 * <p>Thread-safe and stateless.
 */
public final class NewsSentenceSplitter implements SentenceSplitter {

  /** Abbreviations after which a period never ends a sentence when a capitalised word follows. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "lt", "gen", "adm",
      "col", "maj", "capt", "cpt", "sgt", "cmdr", "cdr", "st", "ste", "mt", "ft", "rev", "hon",
      "pres", "sec", "amb", "atty", "supt", "insp", "det", "cpl", "pvt", "fr", "msgr", "gens",
      "no", "nos", "vol", "pp", "fig", "approx", "est", "dept", "univ", "assn", "bros", "co",
      "corp", "inc", "ltd", "jr", "sr", "vs", "v", "etc", "al", "ave", "blvd", "rd", "messrs",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Of those, the ones that may still end a sentence ("... Inc. The company said"). */
  private static final Set<String> MAY_END = Set.of("inc", "ltd", "corp", "co", "jr", "sr", "etc",
      "bros", "al", "no");

  /** Words that typically open a new sentence after a dotted acronym ("in the U.S. The ..."). */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they",
      "we", "i", "but", "and", "in", "on", "at", "this", "that", "these", "those", "there",
      "his", "her", "their", "its", "our", "as", "after", "before", "while", "when", "if",
      "however", "meanwhile", "still", "yet", "so", "for", "officials", "some", "many", "most");

  @Override
  public List<Span> split(String text, Span region) {
    List<Span> out = new ArrayList<>();
    int lineStart = region.start();
    for (int i = region.start(); i <= region.end(); i++) {
      if (i == region.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        splitLine(text, lineStart, i, out);
        lineStart = i + 1;
      }
    }
    return List.copyOf(out);
  }

  private void splitLine(String text, int from, int to, List<Span> out) {
    int start = from;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < to && isTerminator(text.charAt(end))) end++;
        while (end < to && isCloser(text.charAt(end))) end++;
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) next++;
        if (next < to && next > end && endsSentence(text, from, i, end, next, to)) {
          add(text, start, end, out);
          start = next;
          i = next;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, to, out);
  }

  private static boolean endsSentence(String text, int lineStart, int dot, int end, int next, int to) {
    char n = text.charAt(next);
    boolean startsLikeSentence = Character.isUpperCase(n) || Character.isDigit(n) || isOpener(n);
    if (!startsLikeSentence) return false;
    if (text.charAt(dot) != '.' || end > dot + 1) return true; // "!", "?", or "." followed by a quote
    String word = wordBefore(text, lineStart, dot);
    if (word.isEmpty()) return true;
    String lower = word.toLowerCase(Locale.ROOT);
    String nextWord = wordAt(text, next, to).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return OPENERS.contains(nextWord) && !nextWord.isEmpty() && dot - 2 >= lineStart
          && text.charAt(dot - 2) == '.'; // "U.S. The" but not "J. Smith"
    }
    if (word.indexOf('.') >= 0) {
      return OPENERS.contains(nextWord); // dotted acronyms: "D-N.Y.", "U.S.", "a.m."
    }
    if (TITLES.contains(lower)) {
      return MAY_END.contains(lower) && OPENERS.contains(nextWord);
    }
    return true;
  }

  /** The run of letters, digits, dots and hyphens that ends just before {@code dot}. */
  private static String wordBefore(String text, int lineStart, int dot) {
    int s = dot;
    while (s > lineStart) {
      char c = text.charAt(s - 1);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '-') s--;
      else break;
    }
    String w = text.substring(s, dot);
    int hyphen = w.lastIndexOf('-');
    // "D-N.Y" keeps its dots; "well-known" is judged by its last part.
    return hyphen >= 0 && w.indexOf('.') < 0 ? w.substring(hyphen + 1) : w;
  }

  private static String wordAt(String text, int from, int to) {
    int s = from;
    while (s < to && isOpener(text.charAt(s))) s++;
    int e = s;
    while (e < to && Character.isLetter(text.charAt(e))) e++;
    return text.substring(s, e);
  }

  private static void add(String text, int start, int end, List<Span> out) {
    Span s = new Span(start, end).trim(text);
    if (!s.isEmpty()) out.add(s);
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«';
  }
}
