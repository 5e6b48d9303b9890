package io.parallax.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word normalisation of the comparison and the brief: English stop words and a light suffix-stripping
 * stemmer that keeps names recognisable ("Israelis" → "israeli"). Event detection uses Lucene's English
 * stems instead ({@link ContentTerms}), which its models were calibrated on.
 */
public final class Words {
  private Words() {}

  public static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "about", "as", "into", "onto", "over", "under", "after", "before", "during", "than",
      "then", "that", "this", "these", "those", "there", "here", "it", "its", "it's", "he", "she",
      "they", "them", "his", "her", "hers", "their", "theirs", "we", "us", "our", "you", "your",
      "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
      "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
      "may", "might", "must", "not", "no", "nor", "so", "too", "very", "also", "just", "only",
      "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "all", "any",
      "both", "each", "few", "more", "most", "other", "some", "such", "own", "same", "up",
      "down", "out", "off", "again", "further", "once", "while", "because", "until", "against",
      "between", "through", "above", "below", "s", "'s", "’s", "said", "says", "say", "told",
      "according", "mr", "ms", "mrs", "one", "two", "new", "now", "even", "still", "yet", "per",
      "via", "among", "amid", "within", "without", "across", "around", "upon", "like", "many",
      "much", "well", "said.", "however", "although", "though", "since", "whether", "either",
      "neither", "don't", "doesn't", "didn't", "won't", "can't", "isn't", "wasn't");

  /** A few irregular forms common in news, mapped to one stem so that "spoke" meets "speak". */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("told", "tell"),
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("went", "go"),
      Map.entry("gone", "go"), Map.entry("took", "take"), Map.entry("taken", "take"),
      Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("held", "hold"),
      Map.entry("met", "meet"), Map.entry("left", "leave"), Map.entry("killed", "kill"),
      Map.entry("people", "people"), Map.entry("children", "child"), Map.entry("men", "man"),
      Map.entry("women", "woman"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
      Map.entry("sought", "seek"), Map.entry("fought", "fight"), Map.entry("struck", "strike"),
      Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("fled", "flee"),
      Map.entry("led", "lead"), Map.entry("sent", "send"), Map.entry("wrote", "write"),
      Map.entry("written", "write"), Map.entry("brought", "bring"), Map.entry("thought", "think"),
      Map.entry("shot", "shoot"), Map.entry("caught", "catch"), Map.entry("made", "make"));

  /** Lower case (root locale), with the typographic apostrophe made straight. */
  public static String lower(String token) {
    return token.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Whether a token is a word or number (starts with a letter or digit), not punctuation. */
  public static boolean isWord(String token) {
    return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0));
  }

  /** Whether a lower-cased word is a stop word. */
  public static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  /** A light suffix-stripping stem of a lower-cased word (possessives, plurals, -ed, -ing). */
  public static String stem(String lower) {
    String w = lower;
    if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
    else if (w.endsWith("'")) w = w.substring(0, w.length() - 1);
    String irr = IRREGULAR.get(w);
    if (irr != null) return irr;
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) return w.substring(0, n - 3) + "y";
    if (n > 5 && w.endsWith("ing")) return undouble(w.substring(0, n - 3));
    if (n > 4 && w.endsWith("ed")) return undouble(w.substring(0, n - 2));
    if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
