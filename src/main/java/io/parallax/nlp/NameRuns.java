package io.parallax.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where names lie in a sequence of tokens: the one run finder and the one stop-word lexicon of name
 * finding, for both tiers, the annotator's POS-tagged tokens ({@link EntityFinder}, {@link Tier#TAGGED})
 * and the event path's untagged words ({@link LexicalScan#names}, {@link Tier#UNTAGGED}). The tier's
 * tokens say which capitalised words may open a name (a proper-noun tag; or, untagged, a word that is not
 * sentence-initial or is seen capitalised inside a sentence too) and which tokens follow one another
 * closely enough for one name (the same sentence; or, untagged, one space apart). The run rule is shared:
 * a run opens on a capitalised word outside the tier's stop words and continues over such words; the
 * tagged tier also carries a connector ("of", "for", "de", "al", "bin") between two of them ("Bank of
 * America") and ends a run after a possessive ("Israel's"). Stateless.
 *
 * <p>The tiers keep the stop words and parts of the rule they had before they shared this class,
 * because the one wider rule was measured against them (session 13). On the event path
 * ({@code scripts/eval-events}) the tagged tier's stop words, connectors and possessive ends moved
 * stream-dev's event B³ from 0.917 / 0.917 to 0.917 / 0.920-0.921 ({@code cluster} / {@code index}), but
 * mixed-dev from 0.869 / 0.865 to 0.867-0.868 / 0.864 and brief-dev from 0.854 / 0.860 to 0.852 / 0.859;
 * going back on any one part (stop words, connectors, possessives, sentence-initial words inside a run)
 * left mixed-dev's or brief-dev's {@code cluster} figure 0.001-0.003 below, and the tagged tier's stop
 * words (points of the compass aside) alone cost brief-dev 0.001. In the annotator, the untagged tier's
 * stop words and words compared without their possessive left the quotes-dev figures as they were
 * (0.670 / 0.612, two resolved speakers changed) but changed the cue model {@code quotes-train} gives.
 */
final class NameRuns {

  private NameRuns() {}

  /**
   * Capitalised words that are never (part of) a name in either tier, compared in lower case: days and months, pronouns, determiners and conjunctions that open sentences, page chrome.
   */
  static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "i", "it", "he", "she", "they", "we", "the", "a", "an", "this", "that",
      "but", "and", "in", "on", "at", "as", "if", "read", "related", "photo", "video", "advertisement");

  /**
   * What the tagged tier does not take as names besides {@link #NOT_NAMES}: holidays and other
   * capitalised common nouns (a two-word run of them would be typed a person: "Christmas Day"), today
   * and its neighbours, sentence adverbs, points of the compass ("Northern Gaza" names Gaza).
   */
  static final Set<String> NOT_NAMES_WHEN_TAGGED = Set.of(
      "christmas", "easter", "ramadan", "thanksgiving", "covid", "covid-19", "internet", "god",
      "today", "yesterday", "tomorrow", "or", "so", "yet", "still", "also", "more", "meanwhile",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "watch");

  /**
   * What the untagged tier does not take as names besides {@link #NOT_NAMES}: titles of address (the
   * tagged tier keeps them in a run, to type the name after them, {@link EntityFinder}), possessive
   * pronouns and the prepositions and conjunctions that open sentences (tags tell the tagged tier these
   * are no proper nouns), more page chrome.
   */
  static final Set<String> NOT_NAMES_WHEN_UNTAGGED = Set.of(
      "mr", "mrs", "ms", "dr", "his", "her", "their", "its", "our",
      "for", "after", "before", "when", "while", "share", "click");

  private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "al", "bin");

  /** The two inputs of name finding, each with its stop words. */
  enum Tier {
    /**
     * POS-tagged tokens of the annotator's sentences ({@link EntityFinder}): a connector between two
     * name words is carried, a possessive ends the name, and words meet the stop words as written ("It's"
     * is no "it").
     */
    TAGGED(union(NOT_NAMES, NOT_NAMES_WHEN_TAGGED)),
    /**
     * Untagged words of a whole raw text, read fast for event features ({@link LexicalScan#names}): no
     * connectors, and a possessive is read through ("Netanyahu's" is "netanyahu", the run goes on).
     */
    UNTAGGED(union(NOT_NAMES, NOT_NAMES_WHEN_UNTAGGED));

    private final Set<String> stopWords;

    Tier(Set<String> stopWords) {
      this.stopWords = stopWords;
    }
  }

  /** A tier's tokens, as the run finder reads them. */
  interface Tokens {

    int size();

    /** Token {@code i} as written. */
    String word(int i);

    /** Whether token {@code i}, a capitalised word outside the stop words, may open a name. */
    boolean opens(int i);

    /** Whether token {@code i} follows token {@code i - 1} closely enough for one name to span both. */
    boolean follows(int i);
  }

  /** The runs of {@code t} that may be names under {@code tier}'s rule, in order, none overlapping. */
  static List<TokenRange> find(Tokens t, Tier tier) {
    List<TokenRange> runs = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      if (!nameWord(t.word(i), tier) || !t.opens(i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && t.follows(j) && !(tier == Tier.TAGGED && possessive(t.word(j - 1)))) {
        if (nameWord(t.word(j), tier)) {
          j++;
        } else if (tier == Tier.TAGGED && CONNECTORS.contains(t.word(j).toLowerCase(Locale.ROOT))
            && j + 1 < n && t.follows(j + 1) && nameWord(t.word(j + 1), tier)) {
          j += 2; // "Department of State", "Bank of America"
        } else {
          break;
        }
      }
      // a connector written capitalised is a name word, but no name ends in one: "Department Of"
      while (tier == Tier.TAGGED && j > i + 1 && CONNECTORS.contains(t.word(j - 1).toLowerCase(Locale.ROOT))) j--;
      runs.add(new TokenRange(i, j));
      i = j;
    }
    return runs;
  }

  /** A word that can be part of a name in both tiers: a capitalised word outside every stop word. */
  static boolean nameWord(String w) {
    return nameWord(w, Tier.TAGGED) && nameWord(w, Tier.UNTAGGED);
  }

  /** A word that can be part of a name under {@code tier}: capitalised, a letter first, not a stop word. */
  static boolean nameWord(String w, Tier tier) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
        && !tier.stopWords.contains(tier == Tier.TAGGED ? w.toLowerCase(Locale.ROOT) : key(w));
  }

  /** Whether {@code w} ends in a possessive {@code 's}. */
  static boolean possessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s");
  }

  /** The word in lower case, without a possessive {@code 's} and trailing apostrophes and hyphens. */
  static String key(String w) {
    return stripPossessive(w).toLowerCase(Locale.ROOT);
  }

  /** The word without a final possessive {@code 's} and then without trailing apostrophes and hyphens. */
  static String stripPossessive(String word) {
    int end = word.length();
    if (end >= 2 && word.charAt(end - 1) == 's' && isApostrophe(word.charAt(end - 2))) end -= 2;
    while (end > 0 && (isApostrophe(word.charAt(end - 1)) || word.charAt(end - 1) == '-')) end--;
    return word.substring(0, end);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
