package io.parallax.nlp;

import io.parallax.model.Span;

/**
 * The last step of quote finding: who a written speaker is. A name resolves to the person entity that
 * heads the phrase ("Democrat Hillary Clinton", but not "a spokeswoman for Hillary Clinton"); "he"/"she"
 * to the last person named before it outside quotations, preferring the subject of a clause; "who" to
 * the noun phrase it follows; a role noun ("the spokesman") to the person the article gave that role; a
 * descriptive speaker ("officials") stays as written. Nothing is resolved without evidence in the text.
 */
final class SpeakerResolver {

  private SpeakerResolver() {}

  /** A subject of comma-separated chunks: the first chunk headed by a person, else the first. */
  static String resolveChunks(TaggedText t, EntityFinder.Found ents, int a, int b, boolean[] inQuote) {
    int s = a;
    int firstEnd = -1;
    for (int k = a; k <= b; k++) {
      if (k == b || t.word[k].equals(",")) {
        if (firstEnd < 0) firstEnd = k;
        int head = k - 1;
        if (head >= s) {
          Entity e = ents.at(head);
          if (e != null && e.type() == EntityType.PERSON) return e.canonical();
        }
        s = k + 1;
      }
    }
    return resolve(t, ents, a, Math.max(firstEnd, a + 1), inQuote);
  }

  static String resolveAppositive(TaggedText t, EntityFinder.Found ents, int a, int b, boolean[] inQuote) {
    // prefer the part that names a person
    for (int k = b - 1; k >= a; k--) {
      Entity e = ents.at(k);
      if (e != null && e.type() == EntityType.PERSON) return e.canonical();
    }
    return resolve(t, ents, a, b, inQuote);
  }

  /** The last person named before token {@code a}, outside quotations, within three paragraphs. */
  static String resolvePronoun(TaggedText t, EntityFinder.Found ents, int a, boolean[] inQuote) {
    int para = t.sentenceParagraph[t.sentence[a]];
    int sent = t.sentence[a];
    String fallback = null;
    String subject = null;
    int subjectSentence = -1;
    for (int k = a - 1; k >= 0 && t.sentenceParagraph[t.sentence[k]] >= para - 3; k--) {
      if (subject != null && t.sentence[k] != subjectSentence) return subject;
      if (inQuote[k]) continue;
      Entity e = ents.at(k);
      if (e == null || e.type() != EntityType.PERSON) continue;
      if (fallback == null) fallback = e.canonical();
      if (sent - t.sentence[k] > 2) break;
      // prefer a person who is the subject of a clause ("Sullivan declined ...") over one
      // mentioned in passing ("... about Schumer's speech")
      int after = k + 1;
      while (after < t.size() && ents.at(after) == e) after++;
      while (after < t.size() && t.tag[after].startsWith("RB")) after++;
      boolean possessive = t.word[k].endsWith("'s") || t.word[k].endsWith("’s");
      if (!possessive && after < t.size() && t.sentence[after] == t.sentence[k]
          && (t.tag[after].startsWith("VB") || t.tag[after].equals("MD"))) {
        subject = e.canonical(); // keep looking for an earlier subject in the same sentence
        subjectSentence = t.sentence[k];
      }
      int first = t.tokenAt(e.span().start());
      while (k > first) k--; // skip the rest of this mention
    }
    return subject != null ? subject : fallback;
  }

  /** The resolved speaker of the noun phrase [a, b), or null when unknown. */
  static String resolve(TaggedText t, EntityFinder.Found ents, int a, int b, boolean[] inQuote) {
    if (b - a == 1) {
      String w = t.lower[a];
      if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her")) {
        return resolvePronoun(t, ents, a, inQuote);
      }
      if (w.equals("who") || w.equals("which")) {
        int k = a - 1;
        if (k > 0 && t.word[k].equals(",")) k--;
        if (k >= 0 && QuoteWords.isNpToken(t, k) && !t.tag[k].equals("WP")) {
          TokenRange np = QuoteWords.npBefore(t, k, t.sentenceFirst[t.sentence[k]]);
          return resolve(t, ents, np.from(), np.to(), inQuote);
        }
        return null;
      }
      if (QuoteWords.isSubjectPronoun(w) || t.tag[a].equals("PRP")) return null;
    }
    // the entity that heads the phrase: "Hillary Clinton" heads "Democrat Hillary Clinton", but
    // "a spokeswoman for Hillary Clinton" is someone else
    Entity best = ents.at(b - 1);
    if (best != null) {
      // "a spokeswoman for Hillary Clinton": the name is a complement, not the speaker
      int first = t.tokenAt(best.span().start());
      if (first > a && (t.lower[first - 1].equals("for") || t.lower[first - 1].equals("of")
          || t.lower[first - 1].equals("at") || t.lower[first - 1].equals("to"))) best = null;
      else if (first > a + 1 && t.tag[first - 1].equals("DT") && (t.lower[first - 2].equals("for")
          || t.lower[first - 2].equals("of") || t.lower[first - 2].equals("at"))) best = null;
    }
    if (best == null && b - 2 >= a && t.word[b - 1].equals(")")) {
      for (int k = b - 1; k >= a && best == null; k--) if (t.word[k].equals("(") && k > a) best = ents.at(k - 1);
    }
    if (best != null && best.type() != EntityType.PLACE) return best.canonical();
    // role nouns: "the spokesman", "the prime minister"
    if (t.lower[a].equals("the")) {
      StringBuilder role = new StringBuilder();
      for (int k = a + 1; k < b; k++) {
        if (role.length() > 0) role.append(' ');
        role.append(t.lower[k].replace(".", ""));
      }
      String r = role.toString();
      String found = ents.roles().get(r);
      if (found != null) return found;
      String[] w = r.split(" ");
      if (w.length >= 2 && (found = ents.roles().get(w[w.length - 2] + " " + w[w.length - 1])) != null) return found;
    }
    if (best != null) return best.canonical();
    // a descriptive speaker is kept as written ("officials", "a senior administration official")
    if (t.isNoun(b - 1)) return new Span(t.start[a], t.end[b - 1]).textOf(t.text).replaceAll("\\s+", " ");
    return null;
  }

}
