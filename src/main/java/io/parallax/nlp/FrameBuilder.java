package io.parallax.nlp;

import static io.parallax.nlp.QuoteWords.isAbbrev;
import static io.parallax.nlp.QuoteWords.isAux;
import static io.parallax.nlp.QuoteWords.isNpToken;
import static io.parallax.nlp.QuoteWords.isQuoteMark;
import static io.parallax.nlp.QuoteWords.isSubjectPronoun;
import static io.parallax.nlp.QuoteWords.isWeekday;
import static io.parallax.nlp.QuoteWords.npBefore;

import io.parallax.model.Span;
import io.parallax.nlp.QuotationSegments.Seg;
import java.util.List;
import java.util.Set;

/**
 * Builds the attribution frame around one cue of one document: a verb of saying ("said", "warned"),
 * "according to", or a noun of saying ("Trump's claim that"). A verb's frame is built in four steps:
 * the cue's subject ({@code subject}), who speaks ({@code speaker}), where the content starts (after
 * the cue, {@code contentStart}) and where it ends ({@code contentAfter}, {@code stanceObject}, or
 * before the cue for a trailing attribution, {@code contentBefore}); an {@code Attribution} then
 * records the frame. One builder serves one document: it holds the tokens, the entities and the
 * quotations in marks, so each step takes only the cue.
 */
final class FrameBuilder {

  /** Verbs whose subject is what the statement is about, not who makes it. */
  private static final Set<String> RAISING = SpeechLexicon.words("seem", "seems", "seemed", "appear", "appears", "appeared");

  /** A written speaker: its span in the text (null when unwritten) and who it is (null when unresolved). */
  record Speaker(Span span, String name) {
    /** No speaker written: the subject of a passive cue, a participle with no subject to take. */
    static final Speaker UNWRITTEN = new Speaker(null, null);
  }

  /**
   * Cue verb {@code at} (through token {@code end}: "point out") with its lemma, in the sentence of
   * tokens [{@code fs}, {@code ls}) of paragraph {@code paragraph}; {@code learned} cues (found by
   * the model, not the lexicon) take any clause, infinitive or object as their content.
   */
  private record Cue(int at, int end, String lemma, boolean learned, int fs, int ls, int paragraph) {
    /** A verb of thinking ("believes", "hopes"): its content follows, never precedes. */
    boolean cognition() {
      return !learned && !SpeechLexicon.SPEECH.contains(lemma) && !SpeechLexicon.STANCE.contains(lemma);
    }

    /** A verb of stance only ("supports", "opposes"): its content is an object, not a clause. */
    boolean stanceOnly() {
      return !learned && SpeechLexicon.STANCE.contains(lemma) && !SpeechLexicon.SPEECH.contains(lemma)
          && !SpeechLexicon.COGNITION.contains(lemma);
    }

    boolean stance() {
      return !learned && SpeechLexicon.STANCE.contains(lemma);
    }
  }

  /** How a written subject names its speaker: as it stands, with an appositive, or chunk by chunk. */
  private enum Form { PLAIN, APPOSITIVE, CHUNKS }

  /**
   * The cue's subject: noun phrase {@code np} (null when none is written), how it names the speaker,
   * whether it follows the cue ({@code "...," said Sullivan}), and whether the cue is a second
   * predicate of the sentence's subject ("arrived and said", "began by saying").
   */
  private record Subject(TokenRange np, Form form, boolean inverted, boolean coordinated) {}

  /** What a verb's frame records besides its content: the speaker, the cue, its lemma, the paragraph. */
  private record Attribution(Speaker speaker, Span cue, String lemma, int paragraph) {
    QuoteFrame frame(Span content, boolean direct) {
      return new QuoteFrame(content, speaker.span(), speaker.name(), cue, lemma, direct, paragraph);
    }
  }

  private final TaggedText t;
  private final EntityFinder.Found ents;
  private final List<Seg> segs;
  private final int[] segIndex;
  private final boolean[] inQuote;

  /**
   * A builder for one document: its quotations in marks {@code segs}, the quotation each token lies
   * in ({@code segIndex}, -1 outside) and whether it lies inside one ({@code inQuote}).
   */
  FrameBuilder(TaggedText t, EntityFinder.Found ents, List<Seg> segs, int[] segIndex, boolean[] inQuote) {
    this.t = t;
    this.ents = ents;
    this.segs = segs;
    this.segIndex = segIndex;
    this.inQuote = inQuote;
  }

  /**
   * The frame around cue verb {@code c} with {@code lemma}, or null when it has none;
   * {@code sentenceSpeaker} is the speaker already found in the sentence (null when none), which
   * "..., adding that" and "X arrived and said" take.
   */
  QuoteFrame verbFrame(int c, String lemma, boolean learned, Speaker sentenceSpeaker) {
    int sent = t.sentence[c];
    int ls = t.sentenceLast[sent];
    int cueEnd = lemma.equals("point") && c + 1 < ls ? c + 1 : c;
    Cue cue = new Cue(c, cueEnd, lemma, learned, t.sentenceFirst[sent], ls, t.sentenceParagraph[sent]);
    Subject subject = subject(cue);
    int forward = contentStart(cue, subject);
    Speaker speaker = speaker(cue, subject, forward, sentenceSpeaker);
    if (speaker == null) return null;
    Attribution said = new Attribution(speaker, new Span(t.start[c], t.end[cueEnd]), lemma, cue.paragraph());
    if (forward >= 0) return contentAfter(cue, subject, said, forward);
    if (cue.stance() && !subject.inverted()) {
      QuoteFrame object = stanceObject(cue, said);
      if (object != null) return object;
    }
    if (cue.cognition() || subject.np() == null) return null;
    return contentBefore(cue, subject, said);
  }

  /** The cue's subject: before the cue, after it when inverted, or none written. */
  private Subject subject(Cue cue) {
    int c = cue.at();
    int fs = cue.fs();
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
    int parenEnd = -1;
    if (j > fs && t.word[j].equals(")")) {
      // "Gov. Mike Pence (R-Ind.) said"
      int o = j - 1;
      while (o > fs && !t.word[o].equals("(") && o > j - 8) o--;
      if (t.word[o].equals("(")) {
        parenEnd = j;
        j = o - 1;
      }
    }
    TokenRange np = null;
    boolean coordinated = false;
    if (j >= fs && !inQuote[j] && isNpToken(t, j)) {
      np = nounPhraseEndingAt(j, parenEnd, fs);
    } else if (j > fs && t.lower[j].equals("and") && !inQuote[j - 1]) {
      coordinated = true; // "X arrived and said ...": the subject of the first verb
    } else if (j > fs && t.tag[c].equals("VBG") && (t.lower[j].equals("by") || t.lower[j].equals("while")
        || t.lower[j].equals("from")
        || t.lower[j].equals("after") || t.lower[j].equals("before"))) {
      coordinated = true; // "began by saying ..."
    }
    Subject s = new Subject(np, Form.PLAIN, false, coordinated);
    if (np == null && !coordinated && j >= fs && t.word[j].equals(",") && !t.tag[c].equals("VBG")) {
      Subject beforeComma = subjectBeforeComma(j, fs);
      if (beforeComma != null) s = beforeComma;
    }
    if (s.np() == null) {
      TokenRange after = subjectAfterCue(cue);
      if (after != null) s = new Subject(after, Form.PLAIN, true, s.coordinated());
    }
    // "The council issued a statement calling for ...": the document's author speaks
    np = s.np();
    if (np != null && !s.inverted() && t.tag[c].equals("VBG") && np.to() == c
        && SpeechLexicon.DOCUMENTS.contains(t.lower[np.to() - 1])) {
      TokenRange subj = sentenceSubject(t, fs, np.from());
      if (subj != null && subj.to() <= np.from() && !inQuote[subj.from()]) {
        s = new Subject(subj, s.form(), false, s.coordinated());
      }
    }
    return s;
  }

  /**
   * The noun phrase ending at token {@code j} right before the cue (through {@code parenEnd} when a
   * parenthesis follows it, else -1), or null when it is a time phrase with no subject before it.
   */
  private TokenRange nounPhraseEndingAt(int j, int parenEnd, int fs) {
    TokenRange np = npBefore(t, j, fs);
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
    return np;
  }

  /** A subject that ends with a comma right before the cue (token {@code j}), or null. */
  private Subject subjectBeforeComma(int j, int fs) {
    if (j > fs) {
      // a long subject with appositives: "David Kamin, an adviser to the campaign and a professor, said"
      boolean plain = (isNpToken(t, fs) || t.tag[fs].equals("DT") || t.tag[fs].startsWith("JJ"))
          && noQuoteNorFiniteVerb(fs, j);
      if (plain && j - fs >= 3) {
        return chunked(fs, j); // resolved chunk by chunk: the first chunk headed by a person
      }
    }
    // "Sullivan, the national security adviser, said"
    int k = j - 1;
    if (k >= fs && isNpToken(t, k) && !inQuote[k]) {
      TokenRange inner = npBefore(t, k, fs);
      int before = inner.from() - 1;
      if (before > fs && t.word[before].equals(",") && isNpToken(t, before - 1) && !inQuote[before - 1]) {
        TokenRange outer = npBefore(t, before - 1, fs);
        return new Subject(new TokenRange(outer.from(), inner.to()), Form.APPOSITIVE, false, false);
      } else if (before > fs + 1 && t.tag[before].equals("IN") && t.word[before - 1].equals(",")
          && isNpToken(t, before - 2) && !inQuote[before - 2]) {
        // "Clinton, at Monday's debate, cited ..."
        return new Subject(npBefore(t, before - 2, fs), Form.PLAIN, false, false);
      }
    }
    if (j > fs) {
      // "''...,'' Leonard E. Burman, director of the Tax Policy Center and a professor, said": a long
      // subject with appositives between the quotation and its verb
      int q = fs;
      while (q < j && !endsQuotation(q)) q++;
      int a = q + 1;
      if (a < j && t.word[a].equals(",")) a++;
      boolean plain = q < j && a < j && (t.isProper(a) || t.tag[a].equals("DT") || t.tag[a].startsWith("JJ"))
          && noQuoteNorFiniteVerb(a, j);
      if (plain) return chunked(a, j);
    }
    return null;
  }

  /** Subject [a, j) with appositives, resolved chunk by chunk when its first chunk is not empty. */
  private Subject chunked(int a, int j) {
    return new Subject(new TokenRange(a, j), firstChunkEnd(t, a, j) > a ? Form.CHUNKS : Form.PLAIN, false, false);
  }

  /** {@code "...," said Sullivan}, {@code ", said the spokesman."}: the subject after the cue, or null. */
  private TokenRange subjectAfterCue(Cue cue) {
    int c = cue.at();
    int ls = cue.ls();
    int p = c - 1;
    boolean objectPronoun = c + 1 < ls && t.tag[c + 1].equals("PRP")
        && !(t.lower[c + 1].equals("he") || t.lower[c + 1].equals("she") || t.lower[c + 1].equals("they"));
    if (p >= cue.fs() && (t.word[p].equals(",") || isQuoteMark(t.word[p])) && !objectPronoun) {
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
        if (ends && !t.tag[c].equals("VBG")) return new TokenRange(k, e);
      }
    }
    return null;
  }

  /** The first content token after the cue, or -1 when the content does not follow it. */
  private int contentStart(Cue cue, Subject s) {
    int forward = s.inverted() || cue.stanceOnly() ? -1
        : forwardStart(cue);
    if (forward >= 0 && s.np() != null && !isQuoteMark(t.word[forward])
        && closesQuotation(s.np().from() - 1, cue.fs())) {
      // "“It is too early,” the mayor said, adding that ...": the quotation is what was said; what
      // follows the verb is a circumstance or another attribution
      return -1;
    }
    return forward;
  }

  /**
   * Who speaks: the subject, the sentence's speaker or the sentence's subject; {@link
   * Speaker#UNWRITTEN} for a passive or raising cue; null when the cue takes none and so is no cue.
   */
  private Speaker speaker(Cue cue, Subject s, int forward, Speaker sentenceSpeaker) {
    int c = cue.at();
    int fs = cue.fs();
    TokenRange np = s.np();
    Speaker speaker;
    if (np != null) {
      Span span = new Span(t.start[np.from()], t.end[np.to() - 1]);
      speaker = new Speaker(span, switch (s.form()) {
        case CHUNKS -> SpeakerResolver.resolveChunks(t, ents, np.from(), np.to(), inQuote);
        case APPOSITIVE -> SpeakerResolver.resolveAppositive(t, ents, np.from(), np.to(), inQuote);
        case PLAIN -> SpeakerResolver.resolve(t, ents, np.from(), np.to(), inQuote);
      });
    } else if (s.coordinated() && sentenceSpeaker != null) {
      speaker = sentenceSpeaker;
    } else if (s.coordinated()) {
      TokenRange subj = sentenceSubject(t, fs, c);
      if (subj == null) return null;
      speaker = resolved(subj);
    } else if (t.tag[c].equals("VBG") && c > fs && t.word[c - 1].equals(",") && sentenceSpeaker != null) {
      // "..., adding that ..." takes the speaker of the sentence
      speaker = sentenceSpeaker;
    } else if (t.tag[c].equals("VBG") && c > fs && t.word[c - 1].equals(",")) {
      TokenRange subj = sentenceSubject(t, fs, c);
      speaker = subj != null ? resolved(subj) : Speaker.UNWRITTEN;
    } else if (forward >= 0 && (t.tag[c].equals("VBD") || t.tag[c].equals("VBZ") || t.tag[c].equals("VBP"))) {
      // "all the experts I interviewed said ...": the sentence's subject
      TokenRange subj = sentenceSubject(t, fs, c);
      if (subj == null || subj.to() > c) return null;
      speaker = resolved(subj);
    } else {
      return null;
    }
    if (!s.inverted() && (passive(t, c, fs) || RAISING.contains(t.lower[c]))) {
      // "The efforts are expected to continue", "Quiros was accused of ...", "Melania seems to have
      // vanished": the subject of a passive or raising cue is not who speaks; the speaker is unwritten
      return Speaker.UNWRITTEN;
    }
    return speaker;
  }

  /** The speaker written as tokens {@code r}, resolved. */
  private Speaker resolved(TokenRange r) {
    return new Speaker(new Span(t.start[r.from()], t.end[r.to() - 1]),
        SpeakerResolver.resolve(t, ents, r.from(), r.to(), inQuote));
  }

  /** The content that follows the cue from token {@code forward}: a quotation, or a clause to its end. */
  private QuoteFrame contentAfter(Cue cue, Subject s, Attribution said, int forward) {
    int fs = cue.fs();
    if (isQuoteMark(t.word[forward]) && segIndex[forward] >= 0) {
      Seg seg = segs.get(segIndex[forward]);
      if (seg.start() == t.start[forward]) {
        int begin = seg.start();
        // "A," X says, "B." — one quotation split by the attribution
        int lead = (s.np() != null ? s.np().from() : cue.at()) - 1;
        if (lead >= fs && t.word[lead].equals(",")) lead--;
        if (lead >= 0 && isQuoteMark(t.word[lead]) && segIndex[lead] >= 0
            && segs.get(segIndex[lead]).end() == t.end[lead]) {
          begin = segs.get(segIndex[lead]).start();
        }
        return said.frame(new Span(begin, seg.end()), true);
      }
    }
    int endTok = forwardEnd(forward, cue.ls());
    if (endTok - forward < 1) return null;
    Span content = new Span(t.start[forward], t.end[endTok]);
    int lastSeg = segIndex[endTok];
    if (lastSeg >= 0 && segs.get(lastSeg).end() > content.end() && segs.get(lastSeg).start() >= content.start()) {
      content = new Span(content.start(), segs.get(lastSeg).end());
    }
    return said.frame(content, false);
  }

  /** The object of a stance verb ("supports the bill", "spoke against the plan"), or null. */
  private QuoteFrame stanceObject(Cue cue, Attribution said) {
    int ls = cue.ls();
    String lemma = cue.lemma();
    int k = cue.end() + 1;
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
        return said.frame(new Span(t.start[k], t.end[e]), false);
      }
    }
    return null;
  }

  /** A trailing attribution ({@code "...," Sullivan said.}): the content precedes the subject, or null. */
  private QuoteFrame contentBefore(Cue cue, Subject s, Attribution said) {
    int c = cue.at();
    int cueEnd = cue.end();
    int fs = cue.fs();
    int ls = cue.ls();
    TokenRange np = s.np();
    boolean inverted = s.inverted();
    int before = (inverted ? c : np.from()) - 1;
    boolean cueEndsSentence = cueEnd + 1 >= ls || t.word[cueEnd + 1].equals(".") || t.word[cueEnd + 1].equals(",");
    if (before < fs && before >= 0 && isQuoteMark(t.word[before]) && segIndex[before] >= 0
        && cueEndsSentence && t.sentenceParagraph[t.sentence[before]] == cue.paragraph()) {
      // the sentence splitter put the closing quote into the previous sentence
      Seg seg = segs.get(segIndex[before]);
      return said.frame(new Span(seg.start(), seg.end()), true);
    }
    if (before < fs) return null;
    if (!inverted && !(t.word[before].equals(",") || isQuoteMark(t.word[before]))) return null;
    int endTok = before;
    if (t.word[endTok].equals(",") && endTok - 1 >= fs && isQuoteMark(t.word[endTok - 1])) endTok--;
    if (isQuoteMark(t.word[endTok]) && segIndex[endTok] >= 0) {
      Seg seg = segs.get(segIndex[endTok]);
      if (seg.end() == t.end[endTok]) {
        return said.frame(new Span(seg.start(), seg.end()), true);
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
        return said.frame(new Span(t.start[startTok], t.end[lastContentToken(t, ls)]), false);
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
    return said.frame(content, direct);
  }

  /** The frame around "according to" at token {@code c}: the source named after it, the content before or after. */
  QuoteFrame according(int c) {
    int fs = t.sentenceFirst[t.sentence[c]];
    int ls = t.sentenceLast[t.sentence[c]];
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
        return new QuoteFrame(new Span(s.start(), s.end()), speakerSpan, speaker, cue, "according to", true, para);
      }
      content = new Span(t.start[startTok], t.end[endTok]);
    }
    if (content.length() < 8) return null;
    return new QuoteFrame(content, speakerSpan, speaker, cue, "according to", false, para);
  }

  /** "Trump's claim that ...", "his warning that ...": the possessor speaks, when written. */
  QuoteFrame nominal(int c) {
    int fs = t.sentenceFirst[t.sentence[c]];
    int ls = t.sentenceLast[t.sentence[c]];
    int k = c + 1;
    int endTok = forwardEnd(k, ls);
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
    return new QuoteFrame(content, speakerSpan, speaker, new Span(t.start[c], t.end[c]), t.lower[c], false, para);
  }

  /** Whether token {@code k} (or the comma there) ends a quotation: "“...,” the mayor said". */
  private boolean closesQuotation(int k, int fs) {
    if (k >= fs && t.word[k].equals(",")) k--;
    return k >= fs && endsQuotation(k);
  }

  /** Whether token {@code k} is the closing mark of a quotation. */
  private boolean endsQuotation(int k) {
    return isQuoteMark(t.word[k]) && segIndex[k] >= 0 && segs.get(segIndex[k]).end() == t.end[k]
        && segs.get(segIndex[k]).start() < t.start[k];
  }

  /** Whether tokens [a, j) hold no quotation and no finite verb: a subject with its appositives. */
  private boolean noQuoteNorFiniteVerb(int a, int j) {
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

  /** The first content token after the cue, or -1 when no content follows. */
  private int forwardStart(Cue cue) {
    int ls = cue.ls();
    int k = cue.end() + 1;
    if (k >= ls) return -1;
    if (SpeechLexicon.WITH_OBJECT.contains(cue.lemma())) k = pastObject(k, ls);
    k = pastTimePhrase(k, ls);
    k = pastAdverbs(k, ls);
    k = pastAdverbial(k, ls);
    if (k < 0) return -1;
    if (k < ls && t.word[k].equals(":")) k++;
    if (k < ls && t.word[k].equals(",") && k + 1 < ls && isOpeningQuote(t, k + 1)) k++;
    if (k >= ls - 1) return -1;
    return opensContent(k, ls, cue.cognition()) ? k : -1;
  }

  /** Past the object of a verb that takes one ("told reporters", "assured the families"), up to 8 tokens. */
  private int pastObject(int k, int ls) {
    int o = k;
    while (o < ls && o < k + 8 && (isNpToken(t, o) || t.tag[o].equals("PRP") || t.tag[o].equals("DT")
        || t.tag[o].startsWith("JJ")) && !t.lower[o].equals("that")
        && !(o > k && isSubjectPronoun(t.lower[o]) && o + 1 < ls && (t.tag[o + 1].equals("MD")
            || t.tag[o + 1].startsWith("VB")))) o++;
    return o;
  }

  /** Past a time phrase before the clause: "announced earlier this month it would ...", "said Thursday he had ...". */
  private int pastTimePhrase(int k, int ls) {
    int tp = k;
    boolean time = false;
    while (tp < ls && tp < k + 4 && (isDayWord(t.lower[tp]) || isTimeWord(t.lower[tp])
        || t.lower[tp].equals("next") || (t.lower[tp].equals("on") && tp + 1 < ls && isWeekday(t.lower[tp + 1])))) {
      if (isTimeWord(t.lower[tp]) || isWeekday(t.lower[tp])) time = true;
      tp++;
    }
    if (time && tp < ls - 1 && (isSubjectPronoun(t.lower[tp]) || t.lower[tp].equals("it") || t.lower[tp].equals("that"))) {
      return tp;
    }
    return k;
  }

  /** Past adverbs before a "that", a colon, a comma or a quotation: "complained bitterly that", "said repeatedly:". */
  private int pastAdverbs(int k, int ls) {
    int r = k;
    while (r < ls && t.tag[r].startsWith("RB")) r++;
    if (r > k && r < ls && (t.lower[r].equals("that") || t.word[r].equals(":") || t.word[r].equals(",")
        || isOpeningQuote(t, r))) return r;
    return k;
  }

  /**
   * Past an adverbial to a "that", a colon or a quotation ("said in a statement that"), or past a
   * prepositional phrase to the clause after it ("said after the convention he would ..."); -1 when an
   * adverbial leads nowhere.
   */
  private int pastAdverbial(int k, int ls) {
    if (!(k < ls && (t.tag[k].equals("IN") || isDayWord(t.lower[k])
        || t.word[k].equals(",")) && !t.lower[k].equals("that") && !isWh(t.lower[k])
        && !t.lower[k].equals("if"))) return k;
    int m = k;
    while (m < ls && m < k + 14 && !t.lower[m].equals("that") && !t.word[m].equals(":")
        && !isOpeningQuote(t, m) && !isWh(t.lower[m]) && !(t.isVerb(m) && !t.tag[m].equals("VBG"))) m++;
    if (m < ls && (t.lower[m].equals("that") || t.word[m].equals(":") || isOpeningQuote(t, m)
        || isWh(t.lower[m]))) {
      return m;
    }
    if (!t.tag[k].equals("IN")) return -1;
    int q = k + 1;
    while (q < ls && q < k + 7 && (t.tag[q].equals("DT") || t.tag[q].startsWith("JJ") || t.tag[q].equals("CD")
        || t.tag[q].equals("PRP$") || (t.isNoun(q) && !(q + 1 < ls && (t.tag[q + 1].equals("MD")
            || t.tag[q + 1].equals("VBD") || t.tag[q + 1].equals("VBZ") || t.tag[q + 1].equals("VBP")))))) q++;
    return q > k + 1 && q < ls && (t.tag[q].equals("PRP") || t.isNoun(q) || t.tag[q].equals("DT")) ? q : -1;
  }

  /**
   * Whether reported content opens at {@code k}: "that", a quotation, a wh-word or "if", "to" and a verb
   * (not after a verb of cognition), or a bare clause ({@link #bareClause}).
   */
  private boolean opensContent(int k, int ls, boolean cognition) {
    String w = t.lower[k];
    if (w.equals("that") && t.tag[k].equals("IN")) return true;
    if (w.equals("that") && !t.isNoun(k + 1)) return true;
    if (isOpeningQuote(t, k)) return true;
    if (isWh(w) || w.equals("if")) return true;
    if (w.equals("to") && k + 1 < ls && t.tag[k + 1].equals("VB") && !cognition) return true;
    if (w.equals("to") && !cognition) {
      // "agreed to effectively lend": adverbs between "to" and its verb (which the tagger may call VBP)
      int v = k + 1;
      while (v < ls && t.tag[v].startsWith("RB")) v++;
      if (v > k + 1 && v < ls && (t.tag[v].equals("VB") || t.tag[v].equals("VBP"))) return true;
    }
    return bareClause(k, ls);
  }

  /** A bare clause at {@code k}: it must have a finite verb soon, and not read like an object + adverbial. */
  private boolean bareClause(int k, int ls) {
    String w = t.lower[k];
    String tg = t.tag[k];
    boolean clauseStart = tg.equals("PRP") || tg.equals("DT") || tg.startsWith("NN")
        || tg.startsWith("JJ") || tg.equals("CD") || tg.equals("EX") || tg.equals("PRP$")
        || tg.startsWith("RB") || w.equals("neither") || w.equals("either") || w.equals("no")
        // "said praise from Putin would not ...": a noun the tagger read as a verb
        || ((tg.equals("VBP") || tg.equals("VB")) && k + 1 < ls && t.tag[k + 1].equals("IN")
            && !t.lower[k + 1].equals("that"));
    if (!clauseStart) return false;
    int commas = 0;
    if (t.lower[k].endsWith("'s") || t.lower[k].endsWith("'re") || t.lower[k].endsWith("'ll")) {
      if (tg.equals("PRP") || tg.equals("EX") || tg.equals("DT")) return true; // "it's", "there's", "that's"
    }
    for (int m = k + 1; m < ls && m < k + 22; m++) {
      String x = t.tag[m];
      // "Donald Trump favors a ...": a present-tense verb the tagger read as a plural noun
      boolean nounVerb = x.equals("NNS") && m > k && (t.tag[m - 1].equals("NN") || t.tag[m - 1].equals("NNP"))
          && t.lower[m].endsWith("s") && !t.lower[m].endsWith("ss") && m + 1 < ls
          && (t.tag[m + 1].equals("DT") || t.tag[m + 1].equals("NNS") || t.tag[m + 1].equals("PRP$")
              || t.tag[m + 1].equals("PRP") || t.tag[m + 1].startsWith("JJ"));
      if (x.equals("VBD") || x.equals("VBZ") || x.equals("VBP") || x.equals("MD") || nounVerb) {
        return commas != 1; // "said Monday, ..." has one comma before its verb
      }
      if (t.word[m].equals(",")) commas++;
      boolean abbrevDot = t.word[m].equals(".") && t.start[m] == t.end[m - 1] && isAbbrev(t.word[m - 1]);
      if ((t.word[m].equals(".") && !abbrevDot) || t.word[m].equals(";") || (commas == 0 && m >= k + 10)) break;
    }
    return false;
  }

  /** The last content token of forward content starting at {@code k}. */
  private int forwardEnd(int k, int ls) {
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

  private static boolean isDayWord(String w) {
    return switch (w) {
      case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
          "yesterday", "tonight", "recently", "earlier", "later", "last", "this", "previously" -> true;
      default -> false;
    };
  }

  private static boolean isWh(String w) {
    return switch (w) {
      case "how", "what", "whether", "why", "when", "where", "who", "which" -> true;
      default -> false;
    };
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
