package io.parallax.nlp;

import static io.parallax.nlp.QuoteWords.isAux;
import static io.parallax.nlp.QuoteWords.isNpToken;
import static io.parallax.nlp.QuoteWords.isQuoteMark;
import static io.parallax.nlp.QuoteWords.npBefore;

import io.parallax.model.Span;
import io.parallax.nlp.FrameBuilder.Speaker;
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


  /** The learned cue detector for verbs outside the lexicon, or null for rules only. */
  private final AttributionCues cues;
  /**
   * A rule-found reported-speech frame whose verb the cue model scores below this is dropped
   * ("he passed the bill that..."); chosen by 4-fold cross-validation (0.05-0.2 score alike).
   */
  private static final double VETO = 0.1;

  QuoteFinder(AttributionCues cues) {
    this.cues = cues;
  }

  /**
   * The quotes of {@code t}: frames around speech cues (verbs, "according to", nominal "claims that"),
   * then signatures and colon introductions, headlines, transcripts, block quotations, and quotations
   * in marks that continue an earlier speaker, then the cues only the model knows.
   */
  List<Quote> find(TaggedText t, EntityFinder.Found ents) {
    List<Seg> segs = QuotationSegments.of(t);
    int[] segIndex = new int[t.size()];
    boolean[] inQuote = QuotationSegments.markQuotes(t, segs, segIndex);
    FrameBuilder builder = new FrameBuilder(t, ents, segs, segIndex, inQuote);
    List<QuoteFrame> frames = new ArrayList<>();
    boolean[] segUsed = new boolean[segs.size()];
    cueFrames(t, ents, builder, segs, segUsed, inQuote, frames);
    signaturesAndIntroductions(t, ents, segs, segUsed, inQuote, frames);
    headline(t, ents, frames, inQuote);
    transcript(t, ents, frames, segs, segUsed, inQuote);
    blockQuotations(t, ents, segs, inQuote, frames);
    continuedQuotations(t, ents, segs, segUsed, frames);
    if (cues != null) learnedFrames(t, ents, frames, builder, inQuote);
    return quotes(frames);
  }

  /**
   * A frame for each speech cue outside quotation marks that the cue model does not veto, with a direct
   * quotation extended over the quotation that continues it after the attribution; the segments
   * each frame covers are marked used.
   */
  private void cueFrames(TaggedText t, EntityFinder.Found ents, FrameBuilder builder, List<Seg> segs,
      boolean[] segUsed, boolean[] inQuote, List<QuoteFrame> frames) {
    Speaker[] sentenceSpeaker = new Speaker[t.sentences.size()];
    for (int c = 0; c < t.size(); c++) {
      if (inQuote[c]) continue;
      int sent = t.sentence[c];
      QuoteFrame f = frameAt(t, c, builder, sentenceSpeaker[sent]);
      if (f == null) continue;
      if (cues != null && !f.direct() && AttributionCues.candidate(t, c, inQuote)
          && cues.probability(t, c, inQuote, ents) < VETO) continue;
      if (f.speaker() != null && sentenceSpeaker[sent] == null) {
        sentenceSpeaker[sent] = new Speaker(f.speakerSpan(), f.speaker());
      }
      Span content = f.direct() ? continued(t, f, segs, segUsed) : f.content();
      for (int si = 0; si < segs.size(); si++) {
        Seg s = segs.get(si);
        if (s.start() >= content.start() && s.end() <= content.end()) segUsed[si] = true;
        else if (content.start() >= s.start() && content.end() <= s.end()) segUsed[si] = true;
      }
      frames.add(new QuoteFrame(content, f.speakerSpan(), f.speaker(), f.cue(), f.lemma(), f.direct(), f.paragraph()));
    }
  }

  /** The frame of the speech cue at token {@code c}, or null when there is none. */
  private static QuoteFrame frameAt(TaggedText t, int c, FrameBuilder builder, Speaker sentenceSpeaker) {
    int fs = t.sentenceFirst[t.sentence[c]];
    int ls = t.sentenceLast[t.sentence[c]];
    if (t.lower[c].equals("according") && c + 1 < ls && t.lower[c + 1].equals("to")) {
      return builder.according(c);
    }
    if (SpeechLexicon.NOMINAL.contains(t.lower[c]) && t.isNoun(c) && c + 1 < ls - 2 && t.lower[c + 1].equals("that")
        && t.tag[c + 1].equals("IN")) {
      return builder.nominal(c);
    }
    String lemma = SpeechLexicon.lemma(t.lower[c]);
    if (lemma == null && t.tag[c].startsWith("VB") && c + 1 < ls && t.lower[c + 1].equals("that")
        && t.tag[c + 1].equals("IN") && !SpeechLexicon.NOT_CUES.contains(t.lower[c])) {
      lemma = t.lower[c]; // any verb taking a "that" clause: "hinted that", "indicates that"
    }
    boolean thatClause = c + 1 < ls && t.lower[c + 1].equals("that") && t.tag[c + 1].equals("IN")
        && c > fs && isNpToken(t, c - 1) && t.lower[c].endsWith("s") && !SpeechLexicon.NOT_CUES.contains(t.lower[c]);
    if (lemma == null && thatClause) lemma = t.lower[c]; // "Trump charges that", "Video shows that"
    if (lemma == null) return null;
    if (!t.tag[c].startsWith("VB") && !t.lower[c].equals("said") && !t.lower[c].equals("says")
        && !t.lower[c].equals("told") && !thatClause) return null;
    if (lemma.equals("point") && !(c + 1 < ls && t.lower[c + 1].equals("out"))) return null;
    return builder.verbFrame(c, lemma, false, sentenceSpeaker);
  }

  /**
   * The content of direct frame {@code f}, extended over the next quotation of its paragraph when that
   * continues it right after the attribution (in the cue's sentence or opening the next one, with no
   * other cue between); the segment taken is marked used.
   */
  private static Span continued(TaggedText t, QuoteFrame f, List<Seg> segs, boolean[] segUsed) {
    Span content = f.content();
    int after = Math.max(content.end(), f.cue() == null ? content.end() : f.cue().end());
    if (f.speakerSpan() != null) after = Math.max(after, f.speakerSpan().end());
    for (int si = 0; si < segs.size(); si++) {
      Seg s = segs.get(si);
      if (segUsed[si] || s.start() < after || s.paragraph() != f.paragraph()) continue;
      int cueSent = f.cue() == null ? -1 : t.sentence[t.tokenAt(f.cue().start())];
      int segSent = t.sentence[Math.min(t.tokenAt(s.start()), t.size() - 1)];
      boolean sentenceStart = t.sentences.get(segSent).start() == s.start();
      if (gapIsAttributionTail(t.text, after, s.start())
          || (cueSent >= 0 && !cueBetween(t, after, s.start())
              && (segSent == cueSent || (segSent == cueSent + 1 && sentenceStart)))) {
        content = new Span(content.start(), s.end());
        segUsed[si] = true;
      }
      break;
    }
    return content;
  }

  /** "“...” ― Name" signatures, and "X said:" introducing a quotation paragraph. */
  private void signaturesAndIntroductions(TaggedText t, EntityFinder.Found ents, List<Seg> segs, boolean[] segUsed,
      boolean[] inQuote, List<QuoteFrame> frames) {
    int n = t.size();
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
        frames.add(new QuoteFrame(new Span(s.start(), s.end()), speakerSpan, speaker, new Span(t.start[k], t.end[k]),
            null, true, s.paragraph()));
        segUsed[si] = true;
        continue;
      }
      Span para = t.paragraphs.get(s.paragraph());
      if (s.start() == para.start() && s.paragraph() > 0) {
        QuoteFrame intro = colonIntro(t, ents, s.paragraph(), inQuote);
        if (intro != null) {
          frames.add(new QuoteFrame(new Span(s.start(), s.end()), intro.speakerSpan(), intro.speaker(), intro.cue(),
              intro.lemma(), true, s.paragraph()));
          segUsed[si] = true;
        }
      }
    }
  }

  /** Block quotations without quotation marks: "The governor added:" + a paragraph. */
  private void blockQuotations(TaggedText t, EntityFinder.Found ents, List<Seg> segs, boolean[] inQuote,
      List<QuoteFrame> frames) {
    for (int p = 1; p < t.paragraphs.size(); p++) {
      Span para = t.paragraphs.get(p);
      boolean taken = false;
      for (QuoteFrame f : frames) if (f.content().overlaps(para)) taken = true;
      for (Seg s : segs) if (s.paragraph() == p && s.start() == para.start()) taken = true;
      if (taken) continue;
      QuoteFrame intro = colonIntro(t, ents, p, inQuote);
      if (intro != null) {
        frames.add(new QuoteFrame(para, intro.speakerSpan(), intro.speaker(), intro.cue(), intro.lemma(), true, p));
      }
    }
  }

  /**
   * Quotations in marks no frame took: a quotation paragraph continues the last quoted speaker; inside
   * a paragraph, a further quotation continues the speaker quoted earlier in that same paragraph.
   */
  private static void continuedQuotations(TaggedText t, EntityFinder.Found ents, List<Seg> segs, boolean[] segUsed,
      List<QuoteFrame> frames) {
    int n = t.size();
    for (int si = 0; si < segs.size(); si++) {
      if (segUsed[si]) continue;
      Seg s = segs.get(si);
      int words = 0;
      for (int k = t.tokenAt(s.start()); k < n && t.start[k] < s.end(); k++) {
        if (Character.isLetterOrDigit(t.word[k].charAt(0))) words++;
      }
      if (words < 5 || isTitle(t, s)) continue;
      Span para = t.paragraphs.get(s.paragraph());
      QuoteFrame prev = null;
      for (QuoteFrame f : frames) {
        if (f.content().end() <= s.start() && (prev == null || f.content().end() > prev.content().end())
            && (f.direct() ? f.paragraph() >= s.paragraph() - 3 : reportedContinues(t, ents, f, s))) prev = f;
      }
      prev = directOfSameSentence(t, prev, frames);
      boolean paragraphQuote = s.start() == para.start();
      // a quotation paragraph continues the last quoted speaker; inside a paragraph, a further
      // quotation continues the speaker quoted earlier in that same paragraph
      String speaker = prev == null ? null
          : paragraphQuote || prev.paragraph() == s.paragraph() ? prev.speaker() : null;
      frames.add(new QuoteFrame(new Span(s.start(), s.end()), null, speaker, null, null, true, s.paragraph()));
      segUsed[si] = true;
    }
  }

  /** The frames as quotes, in text order, without repeats and without reported speech inside another frame. */
  private static List<Quote> quotes(List<QuoteFrame> frames) {
    frames.sort((a, b) -> a.content().compareTo(b.content()));
    List<Quote> out = new ArrayList<>();
    Span last = null;
    for (QuoteFrame f : frames) {
      if (f.content().equals(last) || (!f.direct() && insideAnother(f, frames))) continue;
      last = f.content();
      out.add(new Quote(f.content(), Optional.ofNullable(f.speakerSpan()), Optional.ofNullable(f.speaker()),
          Optional.ofNullable(f.cue()), Optional.ofNullable(f.lemma()), f.direct()));
    }
    return out;
  }

  /**
   * Cues the lexicon does not know but the model does ("wants to", "agreed to", "support the"):
   * each verb the model accepts that is not already a cue gets a frame, unless its content
   * repeats one already found.
   */
  private void learnedFrames(TaggedText t, EntityFinder.Found ents, List<QuoteFrame> frames, FrameBuilder builder,
      boolean[] inQuote) {
    List<QuoteFrame> found = new ArrayList<>();
    for (int c = 0; c < t.size(); c++) {
      if (!AttributionCues.candidate(t, c, inQuote)) continue;
      boolean known = false;
      for (QuoteFrame f : frames) {
        if (f.cue() != null && f.cue().start() <= t.start[c] && t.end[c] <= f.cue().end()) known = true;
      }
      if (known || !cues.isCue(t, c, inQuote, ents)) continue;
      QuoteFrame f = builder.verbFrame(c, t.lower[c], true, null);
      if (f == null || repeats(f.content(), frames) || repeats(f.content(), found)) continue;
      found.add(f);
    }
    frames.addAll(found);
  }

  /**
   * Whether reported speech {@code f} lies inside the content of a longer frame ("Trump said he
   * finally believes Obama was born..."): the outer attribution carries it, so it is not reported
   * again on its own (quotations inside are still found: they are direct).
   */
  private static boolean insideAnother(QuoteFrame f, List<QuoteFrame> frames) {
    for (QuoteFrame o : frames) {
      if (o != f && o.content().start() <= f.content().start() && f.content().end() <= o.content().end()
          && o.content().length() > f.content().length()) return true;
    }
    return false;
  }

  /** Whether {@code content} overlaps an existing frame's content by half the longer span. */
  private static boolean repeats(Span content, List<QuoteFrame> frames) {
    for (QuoteFrame f : frames) {
      int ov = Math.min(content.end(), f.content().end()) - Math.max(content.start(), f.content().start());
      int longer = Math.max(content.length(), f.content().length());
      if (ov > 0 && ov * 2 >= longer) return true;
    }
    return false;
  }

  /**
   * Headlines ("Obama Says Museum Will Tell...", "Poll: Clinton and Trump in dead heat", "Y, Lindsey
   * Graham Says"): title case defeats the tagger, so a short first paragraph with no frame of its
   * own is read by word shape alone.
   */
  private void headline(TaggedText t, EntityFinder.Found ents, List<QuoteFrame> frames, boolean[] inQuote) {
    if (t.paragraphs.size() < 2) return;
    Span title = t.paragraphs.get(0);
    for (QuoteFrame f : frames) if (f.content().overlaps(title)) return;
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
        frames.add(new QuoteFrame(new Span(t.start[c + 1], t.end[end - 1]), new Span(t.start[a], t.end[c - 1]),
            SpeakerResolver.resolve(t, ents, a, c, inQuote), new Span(t.start[c], t.end[c]), null, false, 0));
        return;
      }
      int comma = -1;
      for (int k = a; k < c; k++) if (t.word[k].equals(",")) comma = k;
      if (c == end - 1 && comma > a) {
        // "Y, Lindsey Graham Says."
        frames.add(new QuoteFrame(new Span(t.start[a], t.end[comma - 1]), new Span(t.start[comma + 1], t.end[c - 1]),
            SpeakerResolver.resolve(t, ents, comma + 1, c, inQuote), new Span(t.start[c], t.end[c]), lemma, false, 0));
        return;
      }
      if (c - a > 6 || comma >= 0) return;
      frames.add(new QuoteFrame(new Span(t.start[c + 1], t.end[end - 1]), new Span(t.start[a], t.end[c - 1]),
          SpeakerResolver.resolve(t, ents, a, c, inQuote), new Span(t.start[c], t.end[c]), lemma, false, 0));
      return;
    }
  }

  /** Transcript turns: a paragraph opening with "WALLACE:" or "PENCE:" is said by that speaker. */
  private void transcript(TaggedText t, EntityFinder.Found ents, List<QuoteFrame> frames, List<Seg> segs,
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
      for (QuoteFrame f : frames) if (f.content().overlaps(content)) taken = true;
      if (taken) continue;
      for (int si = 0; si < segs.size(); si++) {
        Seg sg = segs.get(si);
        if (sg.paragraph() == p && sg.start() <= t.start[c + 1] && !segUsed[si]) {
          segUsed[si] = true;
          content = new Span(t.start[c + 1], Math.max(sg.end(), t.end[c + 1]));
        }
      }
      frames.add(new QuoteFrame(content, new Span(t.start[a], t.end[c - 1]), SpeakerResolver.resolve(t, ents, a, c, inQuote),
          new Span(t.start[c], t.end[c]), null, true, p));
    }
  }

  /** The attribution ending paragraph {@code p - 1} with a colon ("Sullivan added:"), or null. */
  private QuoteFrame colonIntro(TaggedText t, EntityFinder.Found ents, int p, boolean[] inQuote) {
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
    return new QuoteFrame(prevPara, new Span(t.start[np.from()], t.end[np.to() - 1]), SpeakerResolver.resolve(t, ents, np.from(), np.to(), inQuote),
        new Span(t.start[c], t.end[c]), SpeechLexicon.lemma(t.lower[c]), true, p - 1);
  }

  /**
   * Whether a quotation with no cue of its own continues reported speech before it ("Kirby said the
   * strikes would go on. “As demonstrated …”"): the reported frame's speaker is a named person, the
   * quotation starts the sentence right after the reported content (in its paragraph or as the next
   * paragraph), and no other person is named between them.
   */
  private static boolean reportedContinues(TaggedText t, EntityFinder.Found ents, QuoteFrame f, Seg s) {
    if (f.speaker() == null) return false;
    int contentLast = t.sentence[t.tokenAt(f.content().end()) - 1];
    int quoteFirst = t.sentence[Math.min(t.tokenAt(s.start()), t.size() - 1)];
    if (quoteFirst - contentLast != 1 || t.sentences.get(quoteFirst).start() != s.start()) return false;
    int quoteLast = t.sentence[t.tokenAt(s.end()) - 1];
    if (cueBetween(t, s.end(), t.sentences.get(quoteLast).end())) return false; // "“…,” said Will Doyle"
    boolean named = false;
    for (Entity e : ents.entities()) {
      if (e.type() == EntityType.PERSON && e.canonical().equals(f.speaker())) named = true;
    }
    if (!named) return false;
    for (int k = t.tokenAt(f.content().end()); k < t.size() && t.start[k] < s.start(); k++) {
      Entity e = ents.at(k);
      if (e != null && e.type() == EntityType.PERSON && !e.canonical().equals(f.speaker())) return false;
    }
    return true;
  }

  /**
   * The direct quote attributed in the same sentence as reported speech {@code prev}, or {@code prev}:
   * in "“…,” said Lionel Sosa, a consultant who said he would not vote for Cruz", the quote's speaker
   * is the one a following quotation continues, not the relative clause's.
   */
  private static QuoteFrame directOfSameSentence(TaggedText t, QuoteFrame prev, List<QuoteFrame> frames) {
    if (prev == null || prev.direct() || prev.cue() == null) return prev;
    int sent = t.sentence[t.tokenAt(prev.cue().start())];
    for (QuoteFrame f : frames) {
      if (f.direct() && f.cue() != null && f.speaker() != null && t.sentence[t.tokenAt(f.cue().start())] == sent) return f;
    }
    return prev;
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
}
