package io.parallax.nlp;

import io.parallax.model.Span;
import io.parallax.nlp.QuotationSegments.Seg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds direct and reported speech with its speaker, over POS-tagged tokens.
 *
 * <p>Attribution frames are built around cue verbs of a lexicon ("said", "told", "warned",
 * "according to"): the speaker is the noun phrase before the cue (or after it when inverted:
 * {@code "...," said Sullivan}), and the content is what follows the cue ("that" clause, clause,
 * quotation) or, for a trailing attribution ({@code "...," Sullivan said.}), what precedes it.
 * Quotations split by an attribution or continued in the next sentence are merged into one content;
 * a quotation paragraph with no attribution of its own continues the previous paragraph's quote.
 * Speakers are resolved to named entities through pronouns, "who", appositives and role nouns;
 * nothing is resolved without evidence in the text.
 */
final class QuoteFinder {



  private static final Set<String> SUBJECT_PRONOUNS = SpeechLexicon.words(
      "he", "she", "they", "we", "i", "it", "you", "who", "which", "that");



  /** One found quote, before speaker strings are settled. */
  private record Frame(Span content, Span speakerSpan, String speaker, Span cue, String lemma,
      boolean direct, int paragraph) {}

  /** The learned cue detector for verbs outside the lexicon, or null for rules only. */
  private final AttributionCues cues;
  /** Verbs whose subject is what the statement is about, not who makes it. */
  private static final Set<String> RAISING = SpeechLexicon.words("seem", "seems", "seemed", "appear", "appears", "appeared");
  /**
   * A rule-found reported-speech frame whose verb the cue model scores below this is dropped
   * ("he passed the bill that..."); chosen by 4-fold cross-validation (0.05-0.2 score alike).
   */
  private static final double VETO = 0.1;

  QuoteFinder(AttributionCues cues) {
    this.cues = cues;
  }




  List<Quote> find(TaggedText t, EntityFinder.Found ents) {
    List<Seg> segs = QuotationSegments.of(t);
    int n = t.size();
    int[] segIndex = new int[n];
    boolean[] inQuote = QuotationSegments.markQuotes(t, segs, segIndex);
    List<Frame> frames = new ArrayList<>();
    boolean[] segUsed = new boolean[segs.size()];
    String[] sentenceSpeaker = new String[t.sentences.size()];
    Span[] sentenceSpeakerSpan = new Span[t.sentences.size()];
    for (int c = 0; c < n; c++) {
      if (inQuote[c]) continue;
      int sent = t.sentence[c];
      int fs = t.sentenceFirst[sent];
      int ls = t.sentenceLast[sent];
      Frame f;
      if (t.lower[c].equals("according") && c + 1 < ls && t.lower[c + 1].equals("to")) {
        f = according(t, ents, c, fs, ls, segs, segIndex, inQuote);
      } else if (SpeechLexicon.NOMINAL.contains(t.lower[c]) && t.isNoun(c) && c + 1 < ls - 2 && t.lower[c + 1].equals("that")
          && t.tag[c + 1].equals("IN")) {
        f = nominal(t, ents, c, fs, ls, segs, segIndex, inQuote);
      } else {
        String lemma = SpeechLexicon.lemma(t.lower[c]);
        if (lemma == null && t.tag[c].startsWith("VB") && c + 1 < ls && t.lower[c + 1].equals("that")
            && t.tag[c + 1].equals("IN") && !SpeechLexicon.NOT_CUES.contains(t.lower[c])) {
          lemma = t.lower[c]; // any verb taking a "that" clause: "hinted that", "indicates that"
        }
        boolean thatClause = c + 1 < ls && t.lower[c + 1].equals("that") && t.tag[c + 1].equals("IN")
            && c > fs && isNpToken(t, c - 1) && t.lower[c].endsWith("s") && !SpeechLexicon.NOT_CUES.contains(t.lower[c]);
        if (lemma == null && thatClause) lemma = t.lower[c]; // "Trump charges that", "Video shows that"
        if (lemma == null) continue;
        if (!t.tag[c].startsWith("VB") && !t.lower[c].equals("said") && !t.lower[c].equals("says")
            && !t.lower[c].equals("told") && !thatClause) continue;
        if (lemma.equals("point") && !(c + 1 < ls && t.lower[c + 1].equals("out"))) continue;
        f = verbFrame(t, ents, c, lemma, false, fs, ls, segs, segIndex, inQuote, sentenceSpeaker[sent],
            sentenceSpeakerSpan[sent]);
      }
      if (f == null) continue;
      if (cues != null && !f.direct && AttributionCues.candidate(t, c, inQuote)
          && cues.probability(t, c, inQuote, ents) < VETO) continue;
      if (f.speaker != null && sentenceSpeaker[sent] == null) {
        sentenceSpeaker[sent] = f.speaker;
        sentenceSpeakerSpan[sent] = f.speakerSpan;
      }
      // merge a quotation that continues right after the attribution in the same paragraph
      Span content = f.content;
      if (f.direct) {
        int after = Math.max(content.end(), f.cue == null ? content.end() : f.cue.end());
        if (f.speakerSpan != null) after = Math.max(after, f.speakerSpan.end());
        for (int si = 0; si < segs.size(); si++) {
          Seg s = segs.get(si);
          if (segUsed[si] || s.start() < after || s.paragraph() != f.paragraph()) continue;
          int cueSent = f.cue == null ? -1 : t.sentence[t.tokenAt(f.cue.start())];
          int segSent = t.sentence[Math.min(t.tokenAt(s.start()), n - 1)];
          boolean sentenceStart = t.sentences.get(segSent).start() == s.start();
          if (gapIsAttributionTail(t.text, after, s.start())
              || (cueSent >= 0 && !cueBetween(t, after, s.start())
                  && (segSent == cueSent || (segSent == cueSent + 1 && sentenceStart)))) {
            content = new Span(content.start(), s.end());
            segUsed[si] = true;
            after = s.end();
          }
          break;
        }
      }
      for (int si = 0; si < segs.size(); si++) {
        Seg s = segs.get(si);
        if (s.start() >= content.start() && s.end() <= content.end()) segUsed[si] = true;
        else if (content.start() >= s.start() && content.end() <= s.end()) segUsed[si] = true;
      }
      frames.add(new Frame(content, f.speakerSpan, f.speaker, f.cue, f.lemma, f.direct, f.paragraph()));
    }
    // "“...” ― Name" signatures, and "X said:" introducing a quotation paragraph
    for (int si = 0; si < segs.size(); si++) {
      if (segUsed[si]) continue;
      Seg s = segs.get(si);
      int k = t.tokenAt(s.end());
      if (k < n && t.sentenceParagraph[t.sentence[k]] == s.paragraph()
          && (t.word[k].equals("―") || t.word[k].equals("—") || t.word[k].equals("–") || t.word[k].equals("-"))
          && k + 1 < n && t.capitalised(k + 1) && t.sentenceParagraph[t.sentence[k + 1]] == s.paragraph()) {
        int e = k + 1;
        while (e < n && t.sentenceParagraph[t.sentence[e]] == s.paragraph() && !t.word[e].equals(",")
            && !t.word[e].equals(".") && e < k + 8) e++;
        Span speakerSpan = new Span(t.start[k + 1], t.end[e - 1]);
        String speaker = SpeakerResolver.resolve(t, ents, k + 1, e, inQuote);
        frames.add(new Frame(new Span(s.start(), s.end()), speakerSpan, speaker, new Span(t.start[k], t.end[k]),
            null, true, s.paragraph()));
        segUsed[si] = true;
        continue;
      }
      Span para = t.paragraphs.get(s.paragraph());
      if (s.start() == para.start() && s.paragraph() > 0) {
        Frame intro = colonIntro(t, ents, s.paragraph(), inQuote);
        if (intro != null) {
          frames.add(new Frame(new Span(s.start(), s.end()), intro.speakerSpan, intro.speaker, intro.cue,
              intro.lemma, true, s.paragraph()));
          segUsed[si] = true;
        }
      }
    }
    headline(t, ents, frames, inQuote);
    transcript(t, ents, frames, segs, segUsed, inQuote);
    // block quotations without quotation marks: "The governor added:" + a paragraph
    for (int p = 1; p < t.paragraphs.size(); p++) {
      Span para = t.paragraphs.get(p);
      boolean taken = false;
      for (Frame f : frames) if (f.content.overlaps(para)) taken = true;
      for (Seg s : segs) if (s.paragraph() == p && s.start() == para.start()) taken = true;
      if (taken) continue;
      Frame intro = colonIntro(t, ents, p, inQuote);
      if (intro != null) {
        frames.add(new Frame(para, intro.speakerSpan, intro.speaker, intro.cue, intro.lemma, true, p));
      }
    }
    // quotation paragraphs without an attribution continue the previous direct quote's speaker
    for (int si = 0; si < segs.size(); si++) {
      if (segUsed[si]) continue;
      Seg s = segs.get(si);
      int words = 0;
      for (int k = t.tokenAt(s.start()); k < n && t.start[k] < s.end(); k++) {
        if (Character.isLetterOrDigit(t.word[k].charAt(0))) words++;
      }
      if (words < 5 || isTitle(t, s)) continue;
      Span para = t.paragraphs.get(s.paragraph());
      Frame prev = null;
      for (Frame f : frames) {
        if (f.direct && f.content.end() <= s.start() && f.paragraph() >= s.paragraph() - 3
            && (prev == null || f.content.end() > prev.content.end())) prev = f;
      }
      boolean paragraphQuote = s.start() == para.start();
      // a quotation paragraph continues the last quoted speaker; inside a paragraph, a further
      // quotation continues the speaker quoted earlier in that same paragraph
      String speaker = prev == null ? null
          : paragraphQuote || prev.paragraph() == s.paragraph() ? prev.speaker : null;
      frames.add(new Frame(new Span(s.start(), s.end()), null, speaker, null, null, true, s.paragraph()));
      segUsed[si] = true;
    }
    if (cues != null) learnedFrames(t, ents, frames, segs, segIndex, inQuote);
    frames.sort((a, b) -> a.content.compareTo(b.content));
    List<Quote> out = new ArrayList<>();
    Span last = null;
    for (Frame f : frames) {
      if (f.content.equals(last) || (!f.direct && insideAnother(f, frames))) continue;
      last = f.content;
      out.add(new Quote(f.content, Optional.ofNullable(f.speakerSpan), Optional.ofNullable(f.speaker),
          Optional.ofNullable(f.cue), Optional.ofNullable(f.lemma), f.direct));
    }
    return out;
  }

  /**
   * Cues the lexicon does not know but the model does ("wants to", "agreed to", "support the"):
   * each verb the model accepts that is not already a cue gets a frame, unless its content
   * repeats one already found.
   */
  private void learnedFrames(TaggedText t, EntityFinder.Found ents, List<Frame> frames, List<Seg> segs,
      int[] segIndex, boolean[] inQuote) {
    List<Frame> found = new ArrayList<>();
    for (int c = 0; c < t.size(); c++) {
      if (!AttributionCues.candidate(t, c, inQuote)) continue;
      boolean known = false;
      for (Frame f : frames) {
        if (f.cue != null && f.cue.start() <= t.start[c] && t.end[c] <= f.cue.end()) known = true;
      }
      if (known || !cues.isCue(t, c, inQuote, ents)) continue;
      int sent = t.sentence[c];
      Frame f = verbFrame(t, ents, c, t.lower[c], true, t.sentenceFirst[sent], t.sentenceLast[sent], segs,
          segIndex, inQuote, null, null);
      if (f == null || repeats(f.content, frames) || repeats(f.content, found)) continue;
      found.add(f);
    }
    frames.addAll(found);
  }

  /**
   * Whether reported speech {@code f} lies inside the content of a longer frame ("Trump said he
   * finally believes Obama was born..."): the outer attribution carries it, so it is not reported
   * again on its own (quotations inside are still found: they are direct).
   */
  private static boolean insideAnother(Frame f, List<Frame> frames) {
    for (Frame o : frames) {
      if (o != f && o.content.start() <= f.content.start() && f.content.end() <= o.content.end()
          && o.content.length() > f.content.length()) return true;
    }
    return false;
  }

  /** Whether {@code content} overlaps an existing frame's content by half the longer span. */
  private static boolean repeats(Span content, List<Frame> frames) {
    for (Frame f : frames) {
      int ov = Math.min(content.end(), f.content.end()) - Math.max(content.start(), f.content.start());
      int longer = Math.max(content.length(), f.content.length());
      if (ov > 0 && ov * 2 >= longer) return true;
    }
    return false;
  }

  /**
   * Headlines ("Obama Says Museum Will Tell...", "Poll: Clinton and Trump in dead heat", "Y, Lindsey
   * Graham Says"): title case defeats the tagger, so a short first paragraph with no frame of its
   * own is read by word shape alone.
   */
  private void headline(TaggedText t, EntityFinder.Found ents, List<Frame> frames, boolean[] inQuote) {
    if (t.paragraphs.size() < 2) return;
    Span title = t.paragraphs.get(0);
    for (Frame f : frames) if (f.content.overlaps(title)) return;
    int a = 0;
    int b = t.tokenAt(title.end());
    if (b - a > 25 || b - a < 3) return;
    int end = b;
    while (end > a && (t.word[end - 1].equals(".") || t.word[end - 1].equals(";"))) end--;
    // "The Latest: ..." is a rubric, not a speaker
    if (b - a > 3 && t.lower[0].equals("the") && t.lower[1].equals("latest") && t.word[2].equals(":")) a = 3;
    for (int c = a + 1; c < end - 1; c++) {
      String lemma = SpeechLexicon.lemma(t.lower[c]);
      boolean colon = t.word[c].equals(":") && c - a <= 4;
      if (lemma == null && !colon) continue;
      if (lemma != null && !(t.lower[c].endsWith("s") || t.lower[c].equals("said"))) continue;
      if (colon) {
        frames.add(new Frame(new Span(t.start[c + 1], t.end[end - 1]), new Span(t.start[a], t.end[c - 1]),
            SpeakerResolver.resolve(t, ents, a, c, inQuote), new Span(t.start[c], t.end[c]), null, false, 0));
        return;
      }
      int comma = -1;
      for (int k = a; k < c; k++) if (t.word[k].equals(",")) comma = k;
      if (c == end - 1 && comma > a) {
        // "Y, Lindsey Graham Says."
        frames.add(new Frame(new Span(t.start[a], t.end[comma - 1]), new Span(t.start[comma + 1], t.end[c - 1]),
            SpeakerResolver.resolve(t, ents, comma + 1, c, inQuote), new Span(t.start[c], t.end[c]), lemma, false, 0));
        return;
      }
      if (c - a > 6 || comma >= 0) return;
      frames.add(new Frame(new Span(t.start[c + 1], t.end[end - 1]), new Span(t.start[a], t.end[c - 1]),
          SpeakerResolver.resolve(t, ents, a, c, inQuote), new Span(t.start[c], t.end[c]), lemma, false, 0));
      return;
    }
  }

  /** Transcript turns: a paragraph opening with "WALLACE:" or "PENCE:" is said by that speaker. */
  private void transcript(TaggedText t, EntityFinder.Found ents, List<Frame> frames, List<Seg> segs,
      boolean[] segUsed, boolean[] inQuote) {
    for (int p = 0; p < t.paragraphs.size(); p++) {
      Span para = t.paragraphs.get(p);
      int a = t.tokenAt(para.start());
      int end = t.tokenAt(para.end());
      if (a < end && isQuoteMark(t.word[a])) a++;
      int c = a;
      while (c < end && c < a + 3 && t.word[c].length() > 1 && t.word[c].chars().allMatch(ch -> Character.isUpperCase(ch)
          || ch == '.' || ch == '-')) c++;
      if (c == a || c >= end - 1 || !t.word[c].equals(":")) continue;
      Span content = new Span(t.start[c + 1], para.end());
      boolean taken = false;
      for (Frame f : frames) if (f.content.overlaps(content)) taken = true;
      if (taken) continue;
      for (int si = 0; si < segs.size(); si++) {
        Seg sg = segs.get(si);
        if (sg.paragraph() == p && sg.start() <= t.start[c + 1] && !segUsed[si]) {
          segUsed[si] = true;
          content = new Span(t.start[c + 1], Math.max(sg.end(), t.end[c + 1]));
        }
      }
      frames.add(new Frame(content, new Span(t.start[a], t.end[c - 1]), SpeakerResolver.resolve(t, ents, a, c, inQuote),
          new Span(t.start[c], t.end[c]), null, true, p));
    }
  }

  /** The attribution ending paragraph {@code p - 1} with a colon ("Sullivan added:"), or null. */
  private Frame colonIntro(TaggedText t, EntityFinder.Found ents, int p, boolean[] inQuote) {
    Span prevPara = t.paragraphs.get(p - 1);
    int last = t.tokenAt(prevPara.end()) - 1;
    if (last <= 0 || !t.word[last].equals(":")) return null;
    int c = last - 1;
    while (c > 0 && t.sentence[c] == t.sentence[last] && !SpeechLexicon.isCueWord(t.lower[c]) && c > last - 8) c--;
    if (!SpeechLexicon.isCueWord(t.lower[c]) || t.sentence[c] != t.sentence[last]) return null;
    int fs = t.sentenceFirst[t.sentence[c]];
    int j = c - 1;
    while (j >= fs && (t.tag[j].startsWith("RB") || isAux(t.lower[j]))) j--;
    if (j < fs || !isNpToken(t, j) || inQuote[j]) return null;
    TokenRange np = npBefore(t, j, fs);
    return new Frame(prevPara, new Span(t.start[np.from()], t.end[np.to() - 1]), SpeakerResolver.resolve(t, ents, np.from(), np.to(), inQuote),
        new Span(t.start[c], t.end[c]), SpeechLexicon.lemma(t.lower[c]), true, p - 1);
  }

  /** Whether token {@code k} (or the comma there) ends a quotation: "“...,” the mayor said". */
  private static boolean closesQuotation(TaggedText t, int k, int fs, List<Seg> segs, int[] segIndex) {
    if (k >= fs && t.word[k].equals(",")) k--;
    return k >= fs && endsQuotation(t, k, segs, segIndex);
  }

  /** Whether token {@code k} is the closing mark of a quotation. */
  private static boolean endsQuotation(TaggedText t, int k, List<Seg> segs, int[] segIndex) {
    return isQuoteMark(t.word[k]) && segIndex[k] >= 0 && segs.get(segIndex[k]).end() == t.end[k]
        && segs.get(segIndex[k]).start() < t.start[k];
  }

  /** Whether tokens [a, j) hold no quotation and no finite verb: a subject with its appositives. */
  private static boolean noQuoteNorFiniteVerb(TaggedText t, int a, int j, boolean[] inQuote) {
    for (int k = a; k < j; k++) {
      if (inQuote[k] || isQuoteMark(t.word[k]) || t.tag[k].equals("VBD") || t.tag[k].equals("VBZ")
          || t.tag[k].equals("VBP") || t.tag[k].equals("MD")) return false;
    }
    return true;
  }

  /** The end of the first comma-separated chunk of [a, j). */
  private static int firstChunkEnd(TaggedText t, int a, int j) {
    int end = a;
    while (end < j && !t.word[end].equals(",")) end++;
    return end;
  }

  /** Whether cue {@code c} is a passive participle: "is expected", "was accused", "have been told". */
  private static boolean passive(TaggedText t, int c, int fs) {
    // the tag mapping reads most participles as VBD, so the be-form before the verb decides
    if (!(t.tag[c].equals("VBN") || t.tag[c].equals("VBD"))) return false;
    for (int k = c - 1; k >= fs && k >= c - 3; k--) {
      String w = t.lower[k];
      if (w.equals("is") || w.equals("was") || w.equals("were") || w.equals("are") || w.equals("be")
          || w.equals("been") || w.equals("being") || w.equals("'s") || w.equals("’s")) return true;
      if (!t.tag[k].startsWith("RB")) return false;
    }
    return false;
  }

  /** Whether a word of saying lies between two offsets: ", adding that it would take “...”". */
  private static boolean cueBetween(TaggedText t, int from, int to) {
    for (int k = t.tokenAt(from); k < t.size() && t.end[k] <= to; k++) {
      if (SpeechLexicon.isCueWord(t.lower[k]) && t.tag[k].startsWith("VB")) return true;
    }
    return false;
  }

  /**
   * Whether an unattributed quotation reads as the title of a work ("“The Steve Harvey Morning
   * Show,”", "''Make Your Kid a Millionaire''"): at most ten words, no sentence end inside, and every
   * word but short function words capitalised.
   */
  private static boolean isTitle(TaggedText t, Seg s) {
    int words = 0;
    for (int k = t.tokenAt(s.start()); k < t.size() && t.start[k] < s.end(); k++) {
      String w = t.word[k];
      if (w.equals(".") || w.equals("?") || w.equals("!")) return false;
      if (!Character.isLetter(w.charAt(0))) continue;
      words++;
      if (!Character.isUpperCase(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(t.lower[k])) return false;
    }
    return words > 0 && words <= 10;
  }

  private static final Set<String> TITLE_SMALL_WORDS = SpeechLexicon.words(
      "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "but");

  /** Whether the text between an attribution and the next quotation is only punctuation. */
  private static boolean gapIsAttributionTail(String text, int from, int to) {
    if (to - from > 40) return false;
    String gap = text.substring(from, to);
    if (gap.indexOf('\n') >= 0) return false;
    return gap.replaceAll("[\\s.,:;]", "").isEmpty();
  }

  private Frame according(TaggedText t, EntityFinder.Found ents, int c, int fs, int ls,
      List<Seg> segs, int[] segIndex, boolean[] inQuote) {
    int a = c + 2;
    int b = a;
    boolean leadingSentence = c == fs || (c - fs <= 2 && !t.isNoun(c - 1));
    // a sentence-initial "According to" may name a long source: "According to a 52-count civil
    // complaint filed by the federal Securities and Exchange Commission and ...,"
    int limit = leadingSentence ? 30 : 12;
    while (b < ls && !t.word[b].equals(",") && !t.word[b].equals(".") && !t.word[b].equals(";")
        && !isQuoteMark(t.word[b]) && b < a + limit) b++;
    if (b == a) return null;
    Span speakerSpan = new Span(t.start[a], t.end[b - 1]);
    String speaker = SpeakerResolver.resolve(t, ents, a, b, inQuote);
    Span cue = new Span(t.start[c], t.end[c + 1]);
    int para = t.sentenceParagraph[t.sentence[c]];
    boolean leading = c == fs || (c - fs <= 2 && !t.isNoun(c - 1));
    Span content;
    if (leading) {
      if (b >= ls - 1 || !t.word[b].equals(",")) return null;
      content = new Span(t.start[b + 1], t.end[lastContentToken(t, ls)]);
    } else {
      int endTok = c - 1;
      while (endTok > fs && (t.word[endTok].equals(",") || t.word[endTok].equals("(")
          || t.word[endTok].equals("—"))) endTok--;
      if (endTok <= fs) return null;
      int startTok = fs;
      if (segIndex[endTok] >= 0 && isQuoteMark(t.word[endTok])) {
        Seg s = segs.get(segIndex[endTok]);
        return new Frame(new Span(s.start(), s.end()), speakerSpan, speaker, cue, "according to", true, para);
      }
      content = new Span(t.start[startTok], t.end[endTok]);
    }
    if (content.length() < 8) return null;
    return new Frame(content, speakerSpan, speaker, cue, "according to", false, para);
  }

  /**
   * The frame around cue verb {@code c}; {@code learned} cues (found by the model, not the lexicon)
   * take any clause, infinitive or object as their content.
   */
  private Frame verbFrame(TaggedText t, EntityFinder.Found ents, int c, String lemma, boolean learned,
      int fs, int ls, List<Seg> segs, int[] segIndex, boolean[] inQuote, String sentenceSpeaker,
      Span sentenceSpeakerSpan) {
    int para = t.sentenceParagraph[t.sentence[c]];
    boolean cognition = !learned && !SpeechLexicon.SPEECH.contains(lemma) && !SpeechLexicon.STANCE.contains(lemma);
    boolean stanceOnly = !learned && SpeechLexicon.STANCE.contains(lemma) && !SpeechLexicon.SPEECH.contains(lemma) && !SpeechLexicon.COGNITION.contains(lemma);
    boolean stance = !learned && SpeechLexicon.STANCE.contains(lemma);
    int cueEnd = c;
    if (lemma.equals("point") && c + 1 < ls) cueEnd = c + 1;
    // ---- the speaker
    int j = c - 1;
    while (j >= fs && (t.tag[j].startsWith("RB") || t.tag[j].equals("MD")
        || isAux(t.lower[j]))) j--;
    // "Mr. King, 82, said": an age between commas
    if (j - 2 >= fs && t.word[j].equals(",") && t.tag[j - 1].equals("CD") && t.word[j - 2].equals(",")) j -= 3;
    // "Obama on Monday said", "Obama Monday said"
    if (j >= fs && isWeekday(t.lower[j])) {
      j--;
      if (j >= fs && t.lower[j].equals("on")) j--;
      while (j >= fs && (t.tag[j].startsWith("RB") || isAux(t.lower[j]))) j--;
    }
    TokenRange np = null;
    boolean appositive = false;
    boolean afterPunct = false;
    boolean coordinated = false;
    int parenEnd = -1;
    int headEnd = -1;
    if (j > fs && t.word[j].equals(")")) {
      // "Gov. Mike Pence (R-Ind.) said"
      int o = j - 1;
      while (o > fs && !t.word[o].equals("(") && o > j - 8) o--;
      if (t.word[o].equals("(")) {
        parenEnd = j;
        j = o - 1;
      }
    }
    if (j >= fs && !inQuote[j] && isNpToken(t, j)) {
      np = npBefore(t, j, fs);
      if (parenEnd >= 0) np = new TokenRange(np.from(), parenEnd + 1);
      // "a poll released in late August found": the time phrase is not the subject
      if (isTimeWord(t.lower[j]) && np.from() - 1 >= fs && t.tag[np.from() - 1].equals("IN")) {
        int k = np.from() - 2;
        while (k >= fs && (t.tag[k].startsWith("RB") || t.tag[k].equals("VBN") || t.tag[k].equals("VBD"))) k--;
        np = k >= fs && isNpToken(t, k) && !inQuote[k] ? npBefore(t, k, fs) : null;
      }
      // "Wells Fargo this month announced", "Obama Thursday said": a bare time phrase is not the subject
      if (np != null && isTimeWord(t.lower[np.to() - 1]) && np.to() - np.from() <= 2
          && (np.to() - np.from() == 1 || t.lower[np.from()].equals("this") || t.lower[np.from()].equals("last")
              || t.lower[np.from()].equals("next") || t.lower[np.from()].equals("earlier"))
          && np.from() - 1 >= fs) {
        int k = np.from() - 1;
        while (k > fs && t.tag[k].startsWith("RB")) k--; // "Wells Fargo just this month announced"
        if (isNpToken(t, k) && !inQuote[k]) np = npBefore(t, k, fs);
      }
      // "nations that refuse": the relative pronoun stands for its antecedent
      if (np != null && np.to() - np.from() == 1 && (t.lower[np.from()].equals("that") || t.lower[np.from()].equals("which"))
          && np.from() - 1 >= fs && isNpToken(t, np.from() - 1) && !inQuote[np.from() - 1]) {
        np = npBefore(t, np.from() - 1, fs);
      }
    } else if (j > fs && t.lower[j].equals("and") && !inQuote[j - 1]) {
      coordinated = true; // "X arrived and said ...": the subject of the first verb
    } else if (j > fs && t.tag[c].equals("VBG") && (t.lower[j].equals("by") || t.lower[j].equals("while")
        || t.lower[j].equals("from")
        || t.lower[j].equals("after") || t.lower[j].equals("before"))) {
      coordinated = true; // "began by saying ..."
    }
    if (np == null && !coordinated && j > fs && t.word[j].equals(",") && !t.tag[c].equals("VBG")) {
      // a long subject with appositives: "David Kamin, an adviser to the campaign and a professor, said"
      boolean plain = (isNpToken(t, fs) || t.tag[fs].equals("DT") || t.tag[fs].startsWith("JJ"))
          && noQuoteNorFiniteVerb(t, fs, j, inQuote);
      if (plain && j - fs >= 3) {
        np = new TokenRange(fs, j);
        headEnd = firstChunkEnd(t, fs, j); // resolved chunk by chunk: the first chunk headed by a person
      }
    }
    if (np == null && !coordinated && j >= fs && t.word[j].equals(",") && !t.tag[c].equals("VBG")) {
      // "Sullivan, the national security adviser, said"
      int k = j - 1;
      if (k >= fs && isNpToken(t, k) && !inQuote[k]) {
        TokenRange inner = npBefore(t, k, fs);
        int before = inner.from() - 1;
        if (before > fs && t.word[before].equals(",") && isNpToken(t, before - 1) && !inQuote[before - 1]) {
          TokenRange outer = npBefore(t, before - 1, fs);
          np = new TokenRange(outer.from(), inner.to());
          appositive = true;
        } else if (before > fs + 1 && t.tag[before].equals("IN") && t.word[before - 1].equals(",")
            && isNpToken(t, before - 2) && !inQuote[before - 2]) {
          np = npBefore(t, before - 2, fs); // "Clinton, at Monday's debate, cited ..."
        }
      }
    }
    if (np == null && !coordinated && j > fs && t.word[j].equals(",") && !t.tag[c].equals("VBG")) {
      // "''...,'' Leonard E. Burman, director of the Tax Policy Center and a professor, said": a long
      // subject with appositives between the quotation and its verb
      int q = fs;
      while (q < j && !endsQuotation(t, q, segs, segIndex)) q++;
      int a = q + 1;
      if (a < j && t.word[a].equals(",")) a++;
      boolean plain = q < j && a < j && (t.isProper(a) || t.tag[a].equals("DT") || t.tag[a].startsWith("JJ"))
          && noQuoteNorFiniteVerb(t, a, j, inQuote);
      if (plain) {
        np = new TokenRange(a, j);
        headEnd = firstChunkEnd(t, a, j);
      }
    }
    boolean inverted = false;
    if (np == null) {
      // "...," said Sullivan / "...," Sullivan said (handled above) / ", said the spokesman."
      int p = c - 1;
      boolean objectPronoun = c + 1 < ls && t.tag[c + 1].equals("PRP")
          && !(t.lower[c + 1].equals("he") || t.lower[c + 1].equals("she") || t.lower[c + 1].equals("they"));
      if (p >= fs && (t.word[p].equals(",") || isQuoteMark(t.word[p])) && !objectPronoun) {
        int k = c + 1;
        if (k < ls && (isNpToken(t, k) || t.tag[k].startsWith("JJ") || t.tag[k].equals("DT"))) {
          int e = k;
          while (e < ls && e < k + 12 && (isNpToken(t, e) || t.tag[e].startsWith("JJ")
              || t.tag[e].equals("DT") || t.tag[e].equals("POS") || t.tag[e].equals("CD")
              || (t.word[e].equals(".") && isAbbrev(t.word[e - 1]) && e + 1 < ls && t.isProper(e + 1))
              || ((t.lower[e].equals("of") || t.lower[e].equals("for")) && e + 1 < ls
                  && (t.isProper(e + 1) || t.tag[e + 1].equals("DT"))))) e++;
          boolean ends = e >= ls || t.word[e].equals(",") || t.word[e].equals(".") || t.word[e].equals("(")
              || t.tag[e].equals("IN") || isQuoteMark(t.word[e]);
          if (ends && !t.tag[c].equals("VBG")) {
            np = new TokenRange(k, e);
            inverted = true;
            afterPunct = true;
          }
        }
      }
    }
    // "The council issued a statement calling for ...": the document's author speaks
    if (np != null && !inverted && t.tag[c].equals("VBG") && np.to() == c && SpeechLexicon.DOCUMENTS.contains(t.lower[np.to() - 1])) {
      TokenRange subj = sentenceSubject(t, fs, np.from());
      if (subj != null && subj.to() <= np.from() && !inQuote[subj.from()]) np = subj;
    }
    // ---- the content
    int forward = inverted || stanceOnly ? -1 : forwardStart(t, c, cueEnd, lemma, ls, cognition, inQuote);
    if (forward >= 0 && np != null && !isQuoteMark(t.word[forward]) && closesQuotation(t, np.from() - 1, fs, segs, segIndex)) {
      // "“It is too early,” the mayor said, adding that ...": the quotation is what was said; what
      // follows the verb is a circumstance or another attribution
      forward = -1;
    }
    Span speakerSpan = null;
    String speaker = null;
    if (np != null) {
      speakerSpan = new Span(t.start[np.from()], t.end[np.to() - 1]);
      speaker = headEnd > np.from() ? SpeakerResolver.resolveChunks(t, ents, np.from(), np.to(), inQuote)
          : appositive ? SpeakerResolver.resolveAppositive(t, ents, np.from(), np.to(), inQuote) : SpeakerResolver.resolve(t, ents, np.from(), np.to(), inQuote);
    } else if (coordinated && sentenceSpeaker != null) {
      speakerSpan = sentenceSpeakerSpan;
      speaker = sentenceSpeaker;
    } else if (coordinated) {
      TokenRange subj = sentenceSubject(t, fs, c);
      if (subj == null) return null;
      speakerSpan = new Span(t.start[subj.from()], t.end[subj.to() - 1]);
      speaker = SpeakerResolver.resolve(t, ents, subj.from(), subj.to(), inQuote);
    } else if (t.tag[c].equals("VBG") && c > fs && t.word[c - 1].equals(",") && sentenceSpeaker != null) {
      // "..., adding that ..." takes the speaker of the sentence
      speakerSpan = sentenceSpeakerSpan;
      speaker = sentenceSpeaker;
    } else if (t.tag[c].equals("VBG") && c > fs && t.word[c - 1].equals(",")) {
      TokenRange subj = sentenceSubject(t, fs, c);
      if (subj != null) {
        speakerSpan = new Span(t.start[subj.from()], t.end[subj.to() - 1]);
        speaker = SpeakerResolver.resolve(t, ents, subj.from(), subj.to(), inQuote);
      }
    } else if (forward >= 0 && (t.tag[c].equals("VBD") || t.tag[c].equals("VBZ") || t.tag[c].equals("VBP"))) {
      // "all the experts I interviewed said ...": the sentence's subject
      TokenRange subj = sentenceSubject(t, fs, c);
      if (subj == null || subj.to() > c) return null;
      speakerSpan = new Span(t.start[subj.from()], t.end[subj.to() - 1]);
      speaker = SpeakerResolver.resolve(t, ents, subj.from(), subj.to(), inQuote);
    } else {
      return null;
    }
    Span cue = new Span(t.start[c], t.end[cueEnd]);
    if (!inverted && (passive(t, c, fs) || RAISING.contains(t.lower[c]))) {
      // "The efforts are expected to continue", "Quiros was accused of ...", "Melania seems to have
      // vanished": the subject of a passive or raising cue is not who speaks; the speaker is unwritten
      speakerSpan = null;
      speaker = null;
    }
    if (forward >= 0) {
      if (isQuoteMark(t.word[forward]) && segIndex[forward] >= 0) {
        Seg s = segs.get(segIndex[forward]);
        if (s.start() == t.start[forward]) {
          int begin = s.start();
          // "A," X says, "B." — one quotation split by the attribution
          int lead = (np != null ? np.from() : c) - 1;
          if (lead >= fs && t.word[lead].equals(",")) lead--;
          if (lead >= 0 && isQuoteMark(t.word[lead]) && segIndex[lead] >= 0
              && segs.get(segIndex[lead]).end() == t.end[lead]) {
            begin = segs.get(segIndex[lead]).start();
          }
          return new Frame(new Span(begin, s.end()), speakerSpan, speaker, cue, lemma, true, para);
        }
      }
      int endTok = forwardEnd(t, forward, ls, segIndex, segs);
      if (endTok - forward < 1) return null;
      Span content = new Span(t.start[forward], t.end[endTok]);
      int lastSeg = segIndex[endTok];
      if (lastSeg >= 0 && segs.get(lastSeg).end() > content.end() && segs.get(lastSeg).start() >= content.start()) {
        content = new Span(content.start(), segs.get(lastSeg).end());
      }
      return new Frame(content, speakerSpan, speaker, cue, lemma, false, para);
    }
    if (stance && !inverted) {
      int k = cueEnd + 1;
      boolean needsPreposition = lemma.equals("speak") || lemma.equals("talk") || lemma.equals("complain");
      if (k < ls && (t.lower[k].equals("for") || t.lower[k].equals("on") || t.lower[k].equals("of")
          || t.lower[k].equals("about") || t.lower[k].equals("against")
          || (t.lower[k].equals("to") && t.tag[k + 1 < ls ? k + 1 : k].equals("VB")))) {
        k++;
      } else if (needsPreposition || (k < ls && t.tag[k].equals("IN"))) {
        k = ls;
      }
      if (k < ls && (isNpToken(t, k) || t.tag[k].equals("DT") || t.tag[k].startsWith("JJ")
          || t.tag[k].equals("PRP$") || t.tag[k].equals("CD") || t.tag[k].equals("VB")
          || t.tag[k].equals("VBG") || isOpeningQuote(t, k))) {
        int e = k;
        while (e + 1 < ls && !(t.word[e + 1].equals(",") && segIndex[e + 1] < 0)
            && !(t.word[e + 1].equals(".") && !abbrevDot(t, e + 1))
            && !t.word[e + 1].equals(";") && !t.word[e + 1].equals("—")
            && !(segIndex[e + 1] < 0 && coordinatedVerb(t, e + 1, ls))
            && !(segIndex[e + 1] < 0 && e > k && circumstance(t, e + 1, ls))) e++;
        if (e >= k) {
          Span content = new Span(t.start[k], t.end[e]);
          return new Frame(content, speakerSpan, speaker, cue, lemma, false, para);
        }
      }
    }
    if (cognition || np == null) return null;
    // ---- trailing attribution: the content precedes
    int before = (inverted ? c : np.from()) - 1;
    boolean cueEndsSentence = cueEnd + 1 >= ls || t.word[cueEnd + 1].equals(".") || t.word[cueEnd + 1].equals(",");
    if (before < fs && before >= 0 && isQuoteMark(t.word[before]) && segIndex[before] >= 0
        && cueEndsSentence && t.sentenceParagraph[t.sentence[before]] == para) {
      // the sentence splitter put the closing quote into the previous sentence
      Seg s = segs.get(segIndex[before]);
      return new Frame(new Span(s.start(), s.end()), speakerSpan, speaker, cue, lemma, true, para);
    }
    if (before < fs) return null;
    if (!afterPunct && !(t.word[before].equals(",") || isQuoteMark(t.word[before]))) return null;
    int endTok = before;
    if (t.word[endTok].equals(",") && endTok - 1 >= fs && isQuoteMark(t.word[endTok - 1])) endTok--;
    if (isQuoteMark(t.word[endTok]) && segIndex[endTok] >= 0) {
      Seg s = segs.get(segIndex[endTok]);
      if (s.end() == t.end[endTok]) {
        return new Frame(new Span(s.start(), s.end()), speakerSpan, speaker, cue, lemma, true, para);
      }
    }
    while (endTok > fs && (t.word[endTok].equals(",") || t.word[endTok].equals("—"))) endTok--;
    int startTok = fs;
    int lead = startTok;
    if (lead < endTok && (t.lower[lead].equals("but") || t.lower[lead].equals("and"))) lead++;
    if (segIndex[lead] < 0 && isSubordinator(t.lower[lead])) {
      return null; // "When the meeting broke up, Renzi said": a time clause, not what was said
    }
    boolean finite = false;
    for (int k = startTok; k <= endTok; k++) {
      String x = t.tag[k];
      if (x.equals("VBD") || x.equals("VBZ") || x.equals("VBP") || x.equals("MD") || segIndex[k] >= 0) finite = true;
    }
    if (!finite) {
      // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution splits the clause
      int after = inverted ? np.to() : cueEnd + 1;
      // "These employees, Stumpf explained earlier in the hearing, were ...": skip the circumstances
      after = skipCircumstance(t, after, ls);
      if (after < ls - 2 && t.word[after].equals(",") && !SpeechLexicon.isCueWord(t.lower[after + 1])) {
        Span content = new Span(t.start[startTok], t.end[lastContentToken(t, ls)]);
        return new Frame(content, speakerSpan, speaker, cue, lemma, false, para);
      }
      return null;
    }
    if (endTok - startTok < 2) return null;
    Span content = new Span(t.start[startTok], t.end[endTok]);
    int afterCue = skipCircumstance(t, cueEnd + 1, ls);
    if (!inverted && segIndex[endTok] < 0 && afterCue < ls - 2 && t.word[afterCue].equals(",")
        && !SpeechLexicon.isCueWord(t.lower[afterCue + 1]) && !t.tag[afterCue + 1].equals("VBG")
        && !t.lower[afterCue + 1].equals("according")) {
      content = new Span(content.start(), t.end[lastContentToken(t, ls)]);
    }
    int firstSeg = segIndex[startTok];
    if (firstSeg >= 0 && segs.get(firstSeg).start() < content.start()) {
      content = new Span(segs.get(firstSeg).start(), content.end());
    }
    boolean direct = firstSeg >= 0 && isQuoteMark(t.word[startTok]);
    return new Frame(content, speakerSpan, speaker, cue, lemma, direct, para);
  }

  /** "Trump's claim that ...", "his warning that ...": the possessor speaks, when written. */
  private Frame nominal(TaggedText t, EntityFinder.Found ents, int c, int fs, int ls, List<Seg> segs,
      int[] segIndex, boolean[] inQuote) {
    int k = c + 1;
    int endTok = forwardEnd(t, k, ls, segIndex, segs);
    if (endTok - k < 3) return null;
    Span content = new Span(t.start[k], t.end[endTok]);
    Span speakerSpan = null;
    String speaker = null;
    int p = c - 1;
    while (p >= fs && (t.tag[p].startsWith("JJ") || t.tag[p].startsWith("RB"))) p--;
    if (p >= fs && !inQuote[p]) {
      String w = t.word[p];
      if (t.tag[p].equals("PRP$") && !w.equalsIgnoreCase("its")) {
        speakerSpan = new Span(t.start[p], t.end[p]);
        String pron = t.lower[p].equals("his") ? "he" : t.lower[p].equals("her") ? "she" : null;
        if (pron != null) speaker = SpeakerResolver.resolvePronoun(t, ents, p, inQuote);
      } else if ((w.endsWith("'s") || w.endsWith("’s")) && t.capitalised(p)) {
        speakerSpan = new Span(t.start[p], t.end[p] - 2);
        Entity e = ents.at(p);
        speaker = e != null ? e.canonical() : speakerSpan.textOf(t.text);
      }
    }
    int para = t.sentenceParagraph[t.sentence[c]];
    return new Frame(content, speakerSpan, speaker, new Span(t.start[c], t.end[c]), t.lower[c], false, para);
  }

  /** The first content token after the cue, or -1 when no content follows. */
  private static int forwardStart(TaggedText t, int c, int cueEnd, String lemma, int ls,
      boolean cognition, boolean[] inQuote) {
    int k = cueEnd + 1;
    if (k >= ls) return -1;
    if (SpeechLexicon.WITH_OBJECT.contains(lemma)) {
      int o = k;
      while (o < ls && o < k + 8 && (isNpToken(t, o) || t.tag[o].equals("PRP") || t.tag[o].equals("DT")
          || t.tag[o].startsWith("JJ")) && !t.lower[o].equals("that")
          && !(o > k && isSubjectPronoun(t.lower[o]) && o + 1 < ls && (t.tag[o + 1].equals("MD")
              || t.tag[o + 1].startsWith("VB")))) o++;
      k = o;
    }
    // "announced earlier this month it would ...", "said Thursday he had ...": a time phrase, then the clause
    int tp = k;
    boolean time = false;
    while (tp < ls && tp < k + 4 && (isDayWord(t.lower[tp]) || isTimeWord(t.lower[tp])
        || t.lower[tp].equals("next") || (t.lower[tp].equals("on") && tp + 1 < ls && isWeekday(t.lower[tp + 1])))) {
      if (isTimeWord(t.lower[tp]) || isWeekday(t.lower[tp])) time = true;
      tp++;
    }
    if (time && tp < ls - 1 && (isSubjectPronoun(t.lower[tp]) || t.lower[tp].equals("it") || t.lower[tp].equals("that"))) {
      k = tp;
    }
    // "complained bitterly that", "said repeatedly:"
    int r = k;
    while (r < ls && t.tag[r].startsWith("RB")) r++;
    if (r > k && r < ls && (t.lower[r].equals("that") || t.word[r].equals(":") || t.word[r].equals(",")
        || isOpeningQuote(t, r))) k = r;
    // skip adverbials to a "that", a colon or a quotation: "said in a statement that"
    if (k < ls && (t.tag[k].equals("IN") || isDayWord(t.lower[k])
        || t.word[k].equals(",")) && !t.lower[k].equals("that") && !isWh(t.lower[k])
        && !t.lower[k].equals("if")) {
      int m = k;
      while (m < ls && m < k + 14 && !t.lower[m].equals("that") && !t.word[m].equals(":")
          && !isOpeningQuote(t, m) && !isWh(t.lower[m]) && !(t.isVerb(m) && !t.tag[m].equals("VBG"))) m++;
      if (m < ls && (t.lower[m].equals("that") || t.word[m].equals(":") || isOpeningQuote(t, m)
          || isWh(t.lower[m]))) {
        k = m;
      } else if (t.tag[k].equals("IN")) {
        // "said after the convention he would ...": a prepositional phrase, then the clause
        int q = k + 1;
        while (q < ls && q < k + 7 && (t.tag[q].equals("DT") || t.tag[q].startsWith("JJ") || t.tag[q].equals("CD")
            || t.tag[q].equals("PRP$") || (t.isNoun(q) && !(q + 1 < ls && (t.tag[q + 1].equals("MD")
                || t.tag[q + 1].equals("VBD") || t.tag[q + 1].equals("VBZ") || t.tag[q + 1].equals("VBP")))))) q++;
        if (q > k + 1 && q < ls && (t.tag[q].equals("PRP") || t.isNoun(q) || t.tag[q].equals("DT"))) k = q;
        else return -1;
      } else {
        return -1;
      }
    }
    if (k < ls && t.word[k].equals(":")) k++;
    if (k < ls && t.word[k].equals(",") && k + 1 < ls && isOpeningQuote(t, k + 1)) k++;
    if (k >= ls - 1) return -1;
    String w = t.lower[k];
    if (w.equals("that") && t.tag[k].equals("IN")) return k;
    if (w.equals("that") && !t.isNoun(k + 1)) return k;
    if (isOpeningQuote(t, k)) return k;
    if (isWh(w) || w.equals("if")) return k;
    if (w.equals("to") && k + 1 < ls && t.tag[k + 1].equals("VB") && !cognition) return k;
    if (w.equals("to") && !cognition) {
      // "agreed to effectively lend": adverbs between "to" and its verb (which the tagger may call VBP)
      int v = k + 1;
      while (v < ls && t.tag[v].startsWith("RB")) v++;
      if (v > k + 1 && v < ls && (t.tag[v].equals("VB") || t.tag[v].equals("VBP"))) return k;
    }
    // a bare clause: it must have a finite verb soon, and not read like an object + adverbial
    String tg = t.tag[k];
    boolean clauseStart = tg.equals("PRP") || tg.equals("DT") || tg.startsWith("NN")
        || tg.startsWith("JJ") || tg.equals("CD") || tg.equals("EX") || tg.equals("PRP$")
        || tg.startsWith("RB") || w.equals("neither") || w.equals("either") || w.equals("no")
        // "said praise from Putin would not ...": a noun the tagger read as a verb
        || ((tg.equals("VBP") || tg.equals("VB")) && k + 1 < ls && t.tag[k + 1].equals("IN")
            && !t.lower[k + 1].equals("that"));
    if (!clauseStart) return -1;
    int commas = 0;
    if (t.lower[k].endsWith("'s") || t.lower[k].endsWith("'re") || t.lower[k].endsWith("'ll")) {
      if (tg.equals("PRP") || tg.equals("EX") || tg.equals("DT")) return k; // "it's", "there's", "that's"
    }
    for (int m = k + 1; m < ls && m < k + 22; m++) {
      String x = t.tag[m];
      // "Donald Trump favors a ...": a present-tense verb the tagger read as a plural noun
      boolean nounVerb = x.equals("NNS") && m > k && (t.tag[m - 1].equals("NN") || t.tag[m - 1].equals("NNP"))
          && t.lower[m].endsWith("s") && !t.lower[m].endsWith("ss") && m + 1 < ls
          && (t.tag[m + 1].equals("DT") || t.tag[m + 1].equals("NNS") || t.tag[m + 1].equals("PRP$")
              || t.tag[m + 1].equals("PRP") || t.tag[m + 1].startsWith("JJ"));
      if (x.equals("VBD") || x.equals("VBZ") || x.equals("VBP") || x.equals("MD") || nounVerb) {
        return commas == 1 ? -1 : k; // "said Monday, ..." has one comma before its verb
      }
      if (t.word[m].equals(",")) commas++;
      boolean abbrevDot = t.word[m].equals(".") && t.start[m] == t.end[m - 1] && isAbbrev(t.word[m - 1]);
      if ((t.word[m].equals(".") && !abbrevDot) || t.word[m].equals(";") || (commas == 0 && m >= k + 10)) break;
    }
    return -1;
  }

  /** The last content token of forward content starting at {@code k}. */
  private static int forwardEnd(TaggedText t, int k, int ls, int[] segIndex, List<Seg> segs) {
    int e = k;
    for (int m = k + 1; m < ls; m++) {
      if (segIndex[m] < 0 && t.word[m].equals(";")) break;
      if (segIndex[m] < 0 && coordinatedVerb(t, m, ls)) break;
      if (segIndex[m] < 0 && (t.word[m].equals("—") || t.word[m].equals("--")) && m + 1 < ls
          && (t.lower[m + 1].equals("and") || t.lower[m + 1].equals("but"))) break;
      if (t.word[m].equals(",") && m + 1 < ls && segIndex[m] < 0) {
        String nx = t.lower[m + 1];
        if ((t.tag[m + 1].equals("VBG") || t.tag[m + 1].equals("VBD")) && SpeechLexicon.isCueWord(nx)) break;
        // ", focusing on ...", ", contradicting ...": a participle the writer adds to the clause
        if (t.tag[m + 1].equals("VBG") && !nx.equals("including") && m > k + 2) break;
        // ", and the downgrade is casting ...", ", she did not receive ...": a new clause with its own subject
        if (nx.equals("and") && newClause(t, m + 2, ls)) break;
        if (isSubjectPronoun(nx) && m + 2 < ls && (t.tag[m + 2].equals("MD") || t.tag[m + 2].equals("VBD")
            || t.tag[m + 2].equals("VBZ") || t.tag[m + 2].equals("VBP") || isAux(t.lower[m + 2]))) break;
        if (nx.equals("according")) break;
        // ", although he refused ...", ", but many corporations ...": a comment of the writer's (PolNeAR)
        if (nx.equals("although") || nx.equals("though") || nx.equals("but")) break;
        // "... Rep. Don Beyer, a former lieutenant governor ...": an appositive the writer adds
        if ((nx.equals("a") || nx.equals("an") || nx.equals("the")) && t.isProper(m - 1)) break;
      }
      e = m;
    }
    return lastContentToken(t, e + 1);
  }

  /** Whether a clause with its own subject starts at {@code j}: a short noun phrase, then a finite verb. */
  private static boolean newClause(TaggedText t, int j, int ls) {
    int np = 0;
    for (int m = j; m < ls && m < j + 6; m++) {
      String x = t.tag[m];
      if (x.equals("VBD") || x.equals("VBZ") || x.equals("VBP") || x.equals("MD")) return np > 0;
      if (x.equals("DT") || x.startsWith("JJ") || x.startsWith("NN") || x.equals("PRP") || x.equals("PRP$")
          || x.equals("CD") || x.equals("POS")) np++;
      else return false;
    }
    return false;
  }

  /** The last token before {@code ls} that is not final punctuation. */
  private static int lastContentToken(TaggedText t, int ls) {
    int e = ls - 1;
    while (e > 0 && (t.word[e].equals(".") || t.word[e].equals(",") || t.word[e].equals(";"))) e--;
    return e;
  }

  /** The subject of the sentence before token {@code c}: its first noun phrase before a verb. */
  private static TokenRange sentenceSubject(TaggedText t, int fs, int c) {
    for (int k = fs; k < c; k++) {
      if (t.isVerb(k)) {
        int j = k - 1;
        while (j >= fs && (t.tag[j].startsWith("RB") || isAux(t.lower[j]))) j--;
        if (j >= fs && isNpToken(t, j)) return npBefore(t, j, fs);
        return null;
      }
    }
    return null;
  }

  /** The comma closing a circumstance of the saying ("said in a June report,"), else {@code from}. */
  private static int skipCircumstance(TaggedText t, int from, int ls) {
    int adv = from;
    while (adv < ls && adv < from + 9 && !t.word[adv].equals(",") && (t.tag[adv].equals("IN")
        || t.tag[adv].equals("DT") || t.tag[adv].startsWith("JJ") || t.tag[adv].startsWith("RB")
        || t.isNoun(adv) || t.lower[adv].equals("me") || t.lower[adv].equals("us")
        || t.tag[adv].equals("PRP$") || t.tag[adv].equals("CD"))) adv++;
    return adv < ls && t.word[adv].equals(",") ? adv : from;
  }

  /**
   * "rejected that argument in a ruling released Thursday", "denounced the annexation during a
   * speech": a circumstance of the act of saying follows the object, not part of the content.
   */
  private static boolean circumstance(TaggedText t, int m, int ls) {
    String w = t.lower[m];
    boolean afterHead = t.isNoun(m - 1) || isQuoteMark(t.word[m - 1]);
    if (!afterHead || m + 1 >= ls) return false;
    if (w.equals("when") || w.equals("while") || w.equals("because") || w.equals("since")) return true;
    if (!(w.equals("in") || w.equals("during") || w.equals("at") || w.equals("on") || w.equals("after")
        || w.equals("before") || w.equals("as"))) return false;
    String nx = t.lower[m + 1];
    return nx.equals("a") || nx.equals("an") || isWeekday(nx) || isDayWord(nx)
        || (w.equals("during") || w.equals("after") || w.equals("before")) && (nx.equals("the") || t.tag[m + 1].equals("PRP$"));
  }

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

  /** "and called for ...", "but noted that ...": a second predicate of the speaker starts here. */
  private static boolean coordinatedVerb(TaggedText t, int m, int ls) {
    if (!(t.lower[m].equals("and") || t.lower[m].equals("but")) || m + 1 >= ls) return false;
    int v = m + 1;
    while (v < ls && t.tag[v].startsWith("RB")) v++;
    if (v >= ls) return false;
    if ((t.tag[v].equals("VBD") || t.tag[v].equals("VBZ")) && SpeechLexicon.isCueWord(t.lower[v])) return true;
    // "but he said ...": a new attribution
    if ((t.tag[v].equals("PRP") || t.isProper(v)) && v + 1 < ls && SpeechLexicon.isCueWord(t.lower[v + 1])
        && t.tag[v + 1].startsWith("VB")) return true;
    // "... but has been met with opposition": a second predicate after an object
    return m > 0 && t.isNoun(m - 1) && (t.tag[v].equals("MD") || t.tag[v].equals("VBZ") || t.tag[v].equals("VBD"));
  }

  private static boolean abbrevDot(TaggedText t, int m) {
    return t.word[m].equals(".") && m > 0 && t.start[m] == t.end[m - 1] && isAbbrev(t.word[m - 1]);
  }

  private static boolean isTimeWord(String w) {
    return isWeekday(w) || switch (w) {
      case "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "week", "month", "year", "weekend", "morning",
          "afternoon", "evening", "night", "today", "yesterday", "day", "days", "weeks", "months",
          "years" -> true;
      default -> false;
    };
  }

  private static boolean isSubordinator(String w) {
    return switch (w) {
      case "when", "after", "before", "if", "while", "because", "although", "though", "since",
          "until", "once", "as", "whenever", "unless" -> true;
      default -> false;
    };
  }

  private static boolean isWeekday(String w) {
    return switch (w) {
      case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" -> true;
      default -> false;
    };
  }

  private static boolean isDayWord(String w) {
    return switch (w) {
      case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
          "yesterday", "tonight", "recently", "earlier", "later", "last", "this", "previously" -> true;
      default -> false;
    };
  }

  private static boolean isAbbrev(String w) {
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

  private static boolean isWh(String w) {
    return switch (w) {
      case "how", "what", "whether", "why", "when", "where", "who", "which" -> true;
      default -> false;
    };
  }

  static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’")
        || w.equals("'") || w.equals("''") || w.equals("«") || w.equals("»");
  }

  private static boolean isOpeningQuote(TaggedText t, int k) {
    String w = t.word[k];
    if (w.equals("“") || w.equals("‘") || w.equals("«")) return true;
    if (w.equals("\"") || w.equals("'")) {
      return k + 1 < t.size() && t.start[k + 1] == t.end[k];
    }
    return false;
  }



}
