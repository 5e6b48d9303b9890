package io.parallax.nlp;

/**
 * Word shapes the quote rules share: subject pronouns, auxiliaries, weekdays, abbreviations, quotation
 * marks and the noun phrase ending at a token. Read by frame building ({@link FrameBuilder}), the
 * frames {@link QuoteFinder} builds itself, speaker resolution ({@link SpeakerResolver}) and the cue
 * model's features ({@link AttributionCues}).
 */
final class QuoteWords {

  private QuoteWords() {}

  static boolean isSubjectPronoun(String w) {
    return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we") || w.equals("i");
  }

  static boolean isAux(String w) {
    return switch (w) {
      case "has", "have", "had", "is", "was", "were", "are", "been", "be", "would", "will", "did",
          "does", "do", "not", "also", "later", "then", "again", "previously", "repeatedly",
          "reportedly", "publicly", "privately", "recently", "once", "often", "earlier",
          "n't", "never", "further", "separately", "quickly", "even" -> true;
      default -> false;
    };
  }

  static boolean isWeekday(String w) {
    return switch (w) {
      case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" -> true;
      default -> false;
    };
  }

  static boolean isAbbrev(String w) {
    return (w.length() == 1 && Character.isUpperCase(w.charAt(0))) || switch (w) {
      case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Jr", "Sr", "St", "Adm",
          "Sgt", "Capt", "Maj", "Prof", "Rev" -> true;
      default -> false;
    };
  }

  static boolean isNpToken(TaggedText t, int i) {
    String tg = t.tag[i];
    if (isWeekday(t.lower[i])) return false;
    if (tg.startsWith("NN") || tg.equals("PRP") || tg.equals("WP")) return !isQuoteMark(t.word[i]);
    return false;
  }

  /** The noun phrase ending at token {@code j}: [start, end). */
  static TokenRange npBefore(TaggedText t, int j, int fs) {
    if (t.tag[j].equals("PRP") || t.tag[j].equals("WP")) return new TokenRange(j, j + 1);
    int s = j;
    while (s - 1 >= fs && s > j - 12) {
      int p = s - 1;
      String tg = t.tag[p];
      boolean ok = tg.startsWith("NN") || tg.startsWith("JJ") || tg.equals("DT") || tg.equals("CD")
          || tg.equals("PRP$") || tg.equals("POS")
          || (t.lower[p].equals("and") && p - 1 >= fs && t.isNoun(p - 1) && s <= j && t.isNoun(s))
          || (t.word[p].endsWith(".") && t.word[p].length() > 1)
          || (t.word[p].equals(".") && p - 1 >= fs && t.end[p - 1] == t.start[p] && isAbbrev(t.word[p - 1]));
      if (!ok && (t.lower[p].equals("of") || t.lower[p].equals("for") || t.lower[p].equals("at")
          || t.lower[p].equals("to")) && p - 1 >= fs && t.isNoun(p - 1) && s <= j) ok = true;
      if (!ok || isQuoteMark(t.word[p])) break;
      s = p;
    }
    // do not start on a dangling connector
    while (s < j && (t.lower[s].equals("of") || t.lower[s].equals("for") || t.lower[s].equals("at")
        || t.lower[s].equals("to"))) s++;
    return new TokenRange(s, j + 1);
  }

  static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’")
        || w.equals("'") || w.equals("''") || w.equals("«") || w.equals("»");
  }}
