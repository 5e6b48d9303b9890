package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's kept text as paragraphs, sentences and POS-tagged tokens: the shared input of the
 * rule annotators. Package-private plumbing; immutable after construction.
 */
final class TaggedText {

  final String text;
  final List<Span> paragraphs;
  final List<Span> sentences;
  /** Per sentence: the index of its paragraph. */
  final int[] sentenceParagraph;
  /** Per sentence: its first token index, and one past its last. */
  final int[] sentenceFirst;
  final int[] sentenceLast;
  final int[] start;
  final int[] end;
  final String[] word;
  final String[] lower;
  /** Penn Treebank tags ("NNP", "VBD", "PRP"...). */
  final String[] tag;
  /** Per token: its sentence. */
  final int[] sentence;

  TaggedText(String text, List<Span> regions, SentenceSplitter splitter, Tokenizer tokenizer,
      PosTagger tagger) {
    this.text = text;
    List<Span> paras = Segmentation.paragraphs(text, regions);
    this.paragraphs = paras;
    List<Span> sents = new ArrayList<>();
    List<Integer> sentPara = new ArrayList<>();
    for (int p = 0; p < paras.size(); p++) {
      for (Span s : splitter.split(text, paras.get(p))) {
        sents.add(s);
        sentPara.add(p);
      }
    }
    this.sentences = List.copyOf(sents);
    int n = sents.size();
    sentenceParagraph = new int[n];
    sentenceFirst = new int[n];
    sentenceLast = new int[n];
    List<Span> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> tokSent = new ArrayList<>();
    for (int si = 0; si < n; si++) {
      sentenceParagraph[si] = sentPara.get(si);
      List<Span> st = Segmentation.tokens(text, sents.get(si), tokenizer);
      String[] words = new String[st.size()];
      for (int i = 0; i < words.length; i++) words[i] = normaliseForTagger(st.get(i).textOf(text));
      String[] t = toPenn(words, tagger.tag(words));
      sentenceFirst[si] = toks.size();
      for (int i = 0; i < words.length; i++) {
        toks.add(st.get(i));
        tags.add(t[i]);
        tokSent.add(si);
      }
      sentenceLast[si] = toks.size();
    }
    int m = toks.size();
    start = new int[m];
    end = new int[m];
    word = new String[m];
    lower = new String[m];
    tag = new String[m];
    sentence = new int[m];
    for (int i = 0; i < m; i++) {
      start[i] = toks.get(i).start();
      end[i] = toks.get(i).end();
      word[i] = text.substring(start[i], end[i]);
      lower[i] = word[i].toLowerCase(Locale.ROOT).replace('’', '\'');
      tag[i] = tags.get(i);
      sentence[i] = tokSent.get(i);
    }
  }

  private static final java.util.Set<String> FINITE_AUX = java.util.Set.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
      "might", "shall", "should", "must", "does", "do", "did", "'s", "'re", "'ve", "'d", "'ll", "am",
      "ca", "wo");
  private static final java.util.Set<String> PAST = java.util.Set.of(
      "said", "told", "wrote", "thought", "knew", "felt", "found", "saw", "heard", "spoke", "made",
      "took", "gave", "came", "went", "got", "held", "met", "left", "led", "brought", "began", "put",
      "set", "sent", "kept", "understood", "became", "built", "ran", "won", "lost", "paid", "read");
  private static final java.util.Set<String> POSSESSIVE = java.util.Set.of(
      "his", "her", "their", "its", "my", "our", "your", "whose");
  /**
   * English prepositions and conjunctions, a closed class: a sentence-first word the model reads as
   * one of them but that is not one of these is a word the model did not know ("Okafor told").
   */
  private static final java.util.Set<String> PREPOSITIONS_AND_CONJUNCTIONS = java.util.Set.of(
      "aboard", "about", "above", "across", "after", "against", "along", "alongside", "although",
      "amid", "amidst", "among", "amongst", "and", "around", "as", "at", "because", "before", "behind",
      "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "despite", "down",
      "during", "except", "for", "from", "if", "in", "inside", "into", "lest", "like", "near", "nor",
      "notwithstanding", "of", "off", "on", "once", "onto", "or", "out", "outside", "over", "past",
      "per", "since", "so", "than", "that", "though", "through", "throughout", "till", "to", "toward",
      "towards", "under", "underneath", "unless", "unlike", "until", "unto", "up", "upon", "versus",
      "via", "whereas", "whether", "while", "whilst", "with", "within", "without", "yet", "when",
      "whenever", "where", "wherever", "whereby", "both", "either", "neither", "plus", "save", "then");

  /**
   * Maps the model's Universal Dependencies tags to Penn-style tags, recovering verb forms from the
   * word (the model's own Penn mapping loses them: every VERB becomes VB).
   */
  static String[] toPenn(String[] words, String[] ud) {
    String[] out = new String[ud.length];
    for (int i = 0; i < ud.length; i++) {
      String w = words[i];
      String lw = w.toLowerCase(Locale.ROOT);
      boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      String u = ud[i].indexOf('+') > 0 ? ud[i].substring(0, ud[i].indexOf('+')) : ud[i];
      out[i] = switch (u) {
        case "PROPN" -> "NNP";
        case "NOUN" -> lw.endsWith("s") ? "NNS" : "NN";
        case "PRON" -> POSSESSIVE.contains(lw) && !(lw.equals("her") && i + 1 < ud.length
            && !ud[i + 1].equals("NOUN") && !ud[i + 1].equals("ADJ")) ? "PRP$"
            : (lw.equals("who") || lw.equals("what") || lw.equals("whom") ? "WP" : "PRP");
        case "DET" -> "DT";
        // "Trump said": a capitalised word before a verb is a name, whatever the model thought
        case "ADJ", "ADV" -> cap && i + 1 < ud.length && (ud[i + 1].startsWith("VERB") || ud[i + 1].startsWith("AUX"))
            && !(i == 0 && ud[i].equals("ADV")) ? "NNP" : (ud[i].equals("ADJ") ? "JJ" : "RB");
        case "NUM" -> "CD";
        case "ADP" -> lw.equals("to") ? "TO" : "IN";
        case "SCONJ" -> "IN";
        case "CCONJ" -> "CC";
        case "PART" -> lw.equals("to") ? "TO" : (lw.equals("'s") ? "POS" : "RB");
        case "AUX" -> FINITE_AUX.contains(lw) || lw.endsWith("n't") || lw.endsWith("'s")
            || lw.endsWith("'re") || lw.endsWith("'ll") || lw.endsWith("'d") ? "MD" : "VB";
        case "VERB" -> {
          if (cap && i > 0 && !words[i - 1].equals("\"")) yield "NNP";
          if (cap && i == 0 && i + 1 < ud.length && (ud[i + 1].equals("VERB") || ud[i + 1].equals("AUX"))) yield "NNP";
          if (lw.endsWith("ing")) yield "VBG";
          if (lw.endsWith("ed") || PAST.contains(lw)) yield "VBD";
          if (lw.endsWith("s") && !lw.endsWith("ss")) yield "VBZ";
          yield (i > 0 && words[i - 1].equalsIgnoreCase("to")) ? "VB" : "VBP";
        }
        case "PUNCT", "SYM" -> w;
        default -> u;
      };
    }
    if (isUnknownFirstWord(words, ud) && out.length > 1
        && (out[1].equals("VBD") || out[1].equals("VBZ") || out[1].equals("MD"))) {
      // "Okafor told reporters", "Sexton described": a capitalised sentence-first word the model read
      // as a preposition, conjunction or interjection, directly before a finite verb, is its subject
      out[0] = "NNP";
    }
    for (int i = 1; i + 1 < out.length; i++) {
      String lw = words[i].toLowerCase(Locale.ROOT);
      // "AROS argues that", "The IMF expects that": a speech verb the model read as a plural noun
      if (out[i].equals("NNS") && SpeechLexicon.isCueWord(lw) && !lw.endsWith("ss") && !lw.endsWith("'s")
          && (out[i - 1].startsWith("NN") || out[i - 1].equals("PRP")) && !words[i - 1].endsWith("'s")
          && !(i >= 2 && (out[i - 2].equals("DT") || out[i - 2].equals("PRP$")) && out[i - 1].startsWith("NN")
              && !out[i - 1].equals("NNP"))
          && (words[i + 1].equalsIgnoreCase("that") || out[i + 1].equals("DT") || out[i + 1].equals("\""))) {
        out[i] = "VBZ";
      }
      // "The coach intends to win", "Clinton plans to call": a verb before an infinitive that the
      // model read as a plural noun (after a possessive it stays a noun: "Trump's plans to build")
      if (out[i].equals("NNS") && i + 2 < out.length && out[i + 1].equals("TO") && out[i + 2].equals("VB")
          && (out[i - 1].startsWith("NN") || out[i - 1].equals("PRP"))
          && !words[i - 1].endsWith("'s") && !words[i - 1].endsWith("’s") && !lw.endsWith("ss")) {
        out[i] = "VBZ";
      }
    }
    for (int i = 1; i + 2 < out.length; i++) {
      // "argues that families still want": "that" opening a clause, which the model called a pronoun
      if (!words[i].equalsIgnoreCase("that") || out[i].equals("IN") || !out[i - 1].startsWith("VB")
          || !SpeechLexicon.isCueWord(words[i - 1].toLowerCase(Locale.ROOT))) continue;
      String nx = out[i + 1];
      if (!(nx.startsWith("NN") || nx.equals("PRP") || nx.equals("DT") || nx.startsWith("JJ") || nx.equals("CD")
          || nx.equals("PRP$"))) continue;
      for (int k = i + 2; k < out.length && k < i + 10; k++) {
        if (out[k].equals("MD") || out[k].equals("VBD") || out[k].equals("VBZ") || out[k].equals("VBP")) {
          out[i] = "IN";
          break;
        }
        if (out[k].equals(",") || out[k].equals(".") || out[k].equals(";") || out[k].equals("IN")) break;
      }
    }
    return out;
  }

  /**
   * Whether the sentence's first word is capitalised, tagged as a closed-class word (preposition,
   * conjunction, interjection, other) and is none of the English prepositions and conjunctions.
   */
  private static boolean isUnknownFirstWord(String[] words, String[] ud) {
    if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) return false;
    int plus = ud[0].indexOf('+');
    return switch (plus > 0 ? ud[0].substring(0, plus) : ud[0]) {
      case "ADP", "SCONJ", "CCONJ", "INTJ", "X" ->
          !PREPOSITIONS_AND_CONJUNCTIONS.contains(words[0].toLowerCase(Locale.ROOT));
      default -> false;
    };
  }

  /** The tagger was trained on straight quotes and apostrophes. */
  private static String normaliseForTagger(String w) {
    return switch (w) {
      case "“", "”", "„", "«", "»" -> "\"";
      case "‘" -> "'";
      default -> w.replace('’', '\'');
    };
  }

  int size() {
    return word.length;
  }

  /** Index of the first token starting at or after {@code offset} (size() if none). */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = start.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  boolean isNoun(int i) {
    return tag[i].startsWith("NN");
  }

  boolean isProper(int i) {
    return tag[i].startsWith("NNP");
  }

  boolean isVerb(int i) {
    return tag[i].startsWith("VB") || tag[i].equals("MD");
  }

  boolean capitalised(int i) {
    return Character.isUpperCase(word[i].charAt(0));
  }

  /** Interface to the part-of-speech tagger, so tests and benchmarks can share one model. */
  @FunctionalInterface
  interface PosTagger {
    String[] tag(String[] words);
  }
}
