package io.parallax.nlp;

import io.parallax.model.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast lexical reading of a whole article's raw text, without tagging: rough sentences, runs of
 * capitalised names, numbers, and whether a duration is an elapsed time. Event detection reads articles with it
 * ({@code story.FeatureExtractor}) at stream speed, with the times of {@link TimeFinder}; the
 * annotator's spans come from {@link NewsAnnotator}. Stateless.
 */
public final class LexicalScan {

  private LexicalScan() {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘'(]?[\\p{Lu}\\d])|\\n\\s*\\n|\\n(?=\\S)");
  private static final Pattern ELAPSED_BEFORE = Pattern.compile(
      "\\b(?:in|for|after|past|over|than|since|last)\\s+(?:(?:the|a|about|nearly|almost|some|more|than|over|past|last)\\s+)*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_ELAPSED_AFTER = Pattern.compile(
      "^\\s*(?:-?\\s*old|-|in (?:prison|jail)|sentence|term|plan|ago)", Pattern.CASE_INSENSITIVE);

  /**
   * The rough sentences of a whole text, trimmed, by punctuation before a capital or digit and line
   * breaks alone (no abbreviation handling: "Vermont Sen." ends one): the cut the event model's leads
   * were calibrated on. Every other stage cuts sentences with {@link Segmentation}; reading the event
   * lead with it was measured (brief-dev event B3 0.853/0.860 to 0.849/0.855 with {@code cluster}/
   * {@code index}, while stream-dev and ECB+ gained 0.003-0.006) and is left for a recalibration.
   */
  public static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      add(out, new Span(start, m.start()).trim(text));
      start = m.end();
    }
    add(out, new Span(start, text.length()).trim(text));
    return out;
  }

  private static void add(List<Span> sentences, Span s) {
    if (!s.isEmpty()) sentences.add(s);
  }

  /**
   * Capitalised-name sequences and their single words, lower-cased, with counts: the fast, untagged
   * tier of name finding ({@link NameRuns.Tier#UNTAGGED}: the annotator's run finder and stop words,
   * without the tagged tier's extra stop words, connectors and possessive ends). Words are the tokens of
   * {@link Segmentation#tokens} (an apostrophe or hyphen right after a word is kept with it, so
   * "soldiers' families" stays one run); a run is adjacent capitalised words one space apart, and a
   * sentence-initial word counts only when it is seen capitalised inside a sentence too.
   */
  public static Map<String, Integer> names(String text) {
    record Tok(String word, int start, int end, boolean initial) {}
    List<Tok> toks = new ArrayList<>();
    for (Span tok : Segmentation.tokens(text, new Span(0, text.length()))) {
      char first = text.charAt(tok.start());
      if (!Character.isLetterOrDigit(first)) {
        int last = toks.size() - 1;
        if (last >= 0 && toks.get(last).end() == tok.start() && (NameRuns.isApostrophe(first) || first == '-')) {
          Tok t = toks.get(last);
          toks.set(last, new Tok(t.word() + tok.textOf(text), t.start(), tok.end(), t.initial()));
        }
        continue;
      }
      toks.add(new Tok(tok.textOf(text), tok.start(), tok.end(), sentenceInitial(text, tok.start())));
    }
    Set<String> seenInside = new HashSet<>();
    for (Tok t : toks) {
      String w = NameRuns.stripPossessive(t.word());
      if (!t.initial() && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) seenInside.add(w);
    }
    List<TokenRange> runs = NameRuns.find(new NameRuns.Tokens() {
      @Override
      public int size() {
        return toks.size();
      }

      @Override
      public String word(int i) {
        return toks.get(i).word();
      }

      @Override
      public boolean opens(int i) {
        Tok t = toks.get(i);
        return !t.initial() || seenInside.contains(NameRuns.stripPossessive(t.word()));
      }

      @Override
      public boolean follows(int i) {
        int prevEnd = toks.get(i - 1).end();
        return toks.get(i).start() - prevEnd == 1 && text.charAt(prevEnd) == ' ' && opens(i);
      }
    }, NameRuns.Tier.UNTAGGED);
    Map<String, Integer> names = new LinkedHashMap<>();
    for (TokenRange run : runs) {
      List<String> words = new ArrayList<>();
      for (int k = run.from(); k < run.to(); k++) {
        String w = NameRuns.key(toks.get(k).word());
        words.add(w);
        if (w.length() > 1) names.merge(w, 1, Integer::sum);
      }
      if (words.size() > 1) names.merge(String.join(" ", words), 1, Integer::sum);
    }
    return names;
  }

  private static boolean sentenceInitial(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) i--;
    return i < 0 || ".!?:\n\r|—–-".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * A duration that states how long something has lasted up to the report ("for the first time in a
   * month", "after seven months of war", "over the past five months"), as opposed to an age, a
   * sentence, a plan or a duration ago: the time anchors that tell two moments of one story apart.
   */
  public static boolean elapsed(String text, TimeExpression m) {
    if (m.kind() != TimeKind.DURATION || m.relative()) return false; // "two days ago" is counted back
    int start = m.span().start();
    int end = m.span().end();
    String before = text.substring(Math.max(0, start - 40), start);
    String after = text.substring(end, Math.min(text.length(), end + 20));
    return ELAPSED_BEFORE.matcher(before).find() && !NOT_ELAPSED_AFTER.matcher(after).find();
  }

  /**
   * Numbers written in digits ("34,500", "1.5 million", "14%", both ends of "20 to 30"), as the one
   * quantity reader reads them ({@link QuantityReader#digits}), outside the spans of {@code mentions},
   * normalised to three significant digits as {@code "n:34500"} or {@code "n:14%"}.
   */
  public static Set<String> numbers(String text, List<TimeExpression> mentions) {
    Set<String> out = new TreeSet<>();
    int k = 0;
    for (QuantityReader.Stated n : QuantityReader.digits(text)) {
      Span s = n.span();
      while (k < mentions.size() && mentions.get(k).span().end() <= s.start()) k++;
      if (k < mentions.size() && mentions.get(k).span().start() < s.end()) continue; // part of a date or duration
      String suffix = n.percent() ? "%" : "";
      out.add(feature(n.value(), suffix));
      n.upTo().ifPresent(v -> out.add(feature(v, suffix)));
    }
    return out;
  }

  private static String feature(double v, String suffix) {
    return "n:" + new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString() + suffix;
  }

  /**
   * The runs of name words among the tokens {@code words} of one sentence, by the untagged tier's rule of
   * the one run finder ({@link NameRuns}): a run opens on a word {@code opens} accepts and goes on over the
   * next words {@code continues} accepts, each a capitalised word outside the untagged tier's stop words;
   * for a stage that reads names over its own tokens (compare's framing).
   */
  public static List<TokenRange> nameRuns(List<String> words, IntPredicate opens, IntPredicate continues) {
    return NameRuns.find(new NameRuns.Tokens() {
      @Override
      public int size() {
        return words.size();
      }

      @Override
      public String word(int i) {
        return words.get(i);
      }

      @Override
      public boolean opens(int i) {
        return opens.test(i);
      }

      @Override
      public boolean follows(int i) {
        return continues.test(i);
      }
    }, NameRuns.Tier.UNTAGGED);
  }

  /**
   * A capitalised word of more than one letter that can be part of a name: not a sentence opener,
   * weekday, month, title of address, pronoun or other word that either name finder stops at
   * ({@link NameRuns}).
   */
  public static boolean isNameToken(String w) {
    return w.length() > 1 && NameRuns.nameWord(w);
  }
}
