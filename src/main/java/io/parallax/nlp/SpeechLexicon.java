package io.parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English lexicon of attribution: verbs of saying, of thinking and of stance (base forms, with
 * their inflections generated), nouns and documents that report statements, and verbs that take a
 * "that" clause without reporting anything. Read by the quote rules ({@link QuoteFinder}), the cue
 * model's features ({@link AttributionCues}), the tagger's corrections and the entity finder.
 */
final class SpeechLexicon {

  private SpeechLexicon() {}

  /** Verbs of saying: any clause may follow. Base forms; inflections are generated. */
  static final List<String> SPEECH = List.of(
      "say", "tell", "add", "note", "write", "report", "argue", "explain", "warn", "claim",
      "insist", "declare", "respond", "reply", "recall", "acknowledge", "admit", "concede",
      "confirm", "deny", "allege", "assert", "complain", "caution", "promise", "vow", "pledge",
      "state", "stress", "emphasize", "emphasise", "contend", "maintain", "announce", "testify",
      "tweet", "predict", "suggest", "ask", "urge", "remark", "observe", "boast", "joke", "quip",
      "conclude", "mention", "repeat", "reiterate", "counter", "lament", "speculate", "estimate",
      "indicate", "signal", "reveal", "retort", "charge", "continue", "assure", "inform", "remind",
      "threaten", "demand", "propose", "advise", "concur", "disclose", "predict", "point");
  /** Verbs of thinking or evidence: content must be a "that" clause, a quotation or a clause. */
  static final List<String> COGNITION = List.of(
      "believe", "think", "know", "feel", "fear", "hope", "expect", "worry", "show", "find",
      "agree", "acknowledge", "understand", "doubt", "suspect", "realize", "realise", "assume",
      "wonder", "imagine", "recognize", "recognise", "conclude", "decide", "learn", "hear", "see");

  /** Verbs of stance whose content is their object: "called for new sanctions", "criticized Obama". */
  static final List<String> STANCE = List.of(
      "call", "cite", "criticize", "criticise", "describe", "attack", "accuse", "question", "blast",
      "reject", "endorse", "praise", "condemn", "defend", "liken", "propose", "discuss", "express",
      "echo", "demand", "dismiss", "slam", "blame", "applaud", "welcome", "decry", "denounce",
      "oppose", "recommend", "tout", "highlight", "mock", "ridicule", "lambaste", "hail", "refuse",
      "decline", "vow", "pledge", "promise", "urge", "announce", "report", "mention", "confirm",
      "deny", "acknowledge", "explain", "suggest", "predict", "dispute", "challenge", "blame",
      "credit", "recommend", "request", "warn", "spoke", "speak", "talk", "complain",
      "argue", "insist", "threaten", "cite", "rule", "label",
      "encourage", "offer", "vie", "pledge", "reference", "outline", "promote", "stress", "emphasize",
      "emphasise", "show", "reveal", "indicate");

  /** Nouns that report a statement or belief through a "that" clause: "Trump's claim that". */
  static final Set<String> NOMINAL = words(
      "claim", "claims", "assertion", "argument", "belief", "warning", "statement", "suggestion",
      "allegation", "allegations", "charge", "insistence", "contention", "promise", "pledge",
      "announcement", "acknowledgment", "admission", "assurance", "assurances", "prediction",
      "conclusion", "finding", "findings", "view", "message", "notion", "accusation", "accusations");

  /** Written statements whose participle speaks for their author: "a letter urging". */
  static final Set<String> DOCUMENTS = words(
      "statement", "statements", "letter", "letters", "paper", "report", "memo", "tweet", "tweets",
      "post", "release", "resolution", "ad", "advertisement", "op-ed", "email", "message", "video");

  /** Verbs that take a "that" clause without reporting anything. */
  static final Set<String> NOT_CUES = words(
      "is", "was", "are", "were", "be", "been", "being", "seems", "seemed", "means", "meant",
      "ensure", "ensured", "ensures", "make", "made", "makes", "so", "given", "provided", "now",
      "except", "such", "mean", "seem", "appears", "appeared", "happened", "happens", "became");

  /** Cues that take an indirect object before the content: "told reporters that". */
  static final Set<String> WITH_OBJECT = words(
      "tell", "warn", "ask", "urge", "assure", "inform", "remind", "advise", "show", "caution",
      "promise", "threaten");

  private static final Map<String, String> FORMS = buildForms();

  /** The base form of a cue word ("said" → "say"), or null when the word is not in the lexicon. */
  static String lemma(String lower) {
    return FORMS.get(lower);
  }

  /** Whether the lower-case word is an inflection of a lexicon verb. */
  static boolean isCueWord(String lower) {
    return FORMS.containsKey(lower);
  }

  /** The lexicon class of a word: "speech", "cognition", "stance" or "none". */
  static String cueClass(String lower) {
    String lemma = FORMS.get(lower);
    if (lemma == null) return "none";
    return SPEECH.contains(lemma) ? "speech" : STANCE.contains(lemma) ? "stance" : "cognition";
  }

  private static Map<String, String> buildForms() {
    Map<String, String> m = new HashMap<>();
    List<String> all = new ArrayList<>(SPEECH);
    all.addAll(COGNITION);
    all.addAll(STANCE);
    for (String v : all) {
      m.put(v, v);
      if (v.endsWith("e")) {
        m.put(v + "s", v);
        m.put(v + "d", v);
        m.put(v.substring(0, v.length() - 1) + "ing", v);
      } else if (v.endsWith("y") && !v.endsWith("ay") && !v.endsWith("ey")) {
        String stem = v.substring(0, v.length() - 1);
        m.put(stem + "ies", v);
        m.put(stem + "ied", v);
        m.put(v + "ing", v);
      } else if (v.endsWith("sh") || v.endsWith("ss") || v.endsWith("x")) {
        m.put(v + "es", v);
        m.put(v + "ed", v);
        m.put(v + "ing", v);
      } else {
        m.put(v + "s", v);
        m.put(v + "ed", v);
        m.put(v + "ing", v);
      }
    }
    String[][] irregular = {
      {"said", "say"}, {"says", "say"}, {"told", "tell"}, {"wrote", "write"}, {"written", "write"},
      {"writing", "write"}, {"thought", "think"}, {"knew", "know"}, {"known", "know"},
      {"felt", "feel"}, {"found", "find"}, {"shown", "show"}, {"admitted", "admit"},
      {"admitting", "admit"}, {"admits", "admit"}, {"quipped", "quip"}, {"quipping", "quip"},
      {"understood", "understand"}, {"heard", "hear"}, {"saw", "see"}, {"seen", "see"},
      {"learnt", "learn"}, {"concurred", "concur"}, {"retorted", "retort"}, {"pointed", "point"},
      {"points", "point"}, {"pointing", "point"},
      {"spoke", "speak"}, {"spoken", "speak"}, {"speaks", "speak"}, {"speaking", "speak"}};
    for (String[] p : irregular) m.put(p[0], p[1]);
    m.remove("sees");
    m.remove("seeing");
    m.remove("see");
    m.remove("hearing");
    m.remove("finding");
    m.remove("charges");
    m.remove("charge");
    m.remove("state");
    m.remove("continuing");
    m.remove("learn");
    return Map.copyOf(m);
  }

  /** A set of words that tolerates repeats in the listing. */
  static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }
}
