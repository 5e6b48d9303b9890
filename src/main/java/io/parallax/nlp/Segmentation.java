package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way text is cut into paragraphs, sentences and tokens, for the annotator ({@link TaggedText})
 * and for every later stage that needs sentences or tokens of text the annotator did not see (titles,
 * articles of the {@code brief} command): each region is cut at line breaks into trimmed paragraphs,
 * each paragraph into sentences ({@link NewsSentenceSplitter}), each sentence into tokens
 * ({@link NewsTokenizer}) without the lone space characters the tokenizer may leave. An article that
 * was annotated has its sentences in {@link Annotations#sentences()}, which are these.
 */
public final class Segmentation {

  private static final SentenceSplitter SPLITTER = new NewsSentenceSplitter();
  private static final Tokenizer TOKENIZER = new NewsTokenizer();

  private Segmentation() {}

  /** The sentences of {@code regions} of {@code text}, in order, as the annotator splits them. */
  public static List<Span> sentences(String text, List<Span> regions) {
    List<Span> out = new ArrayList<>();
    for (Span p : paragraphs(text, regions)) out.addAll(SPLITTER.split(text, p));
    return List.copyOf(out);
  }

  /** The tokens of {@code sentence} of {@code text}, as the annotator reads them. */
  public static List<Span> tokens(String text, Span sentence) {
    return tokens(text, sentence, TOKENIZER);
  }

  /** The paragraphs of {@code regions}: each region cut at line breaks, trimmed, empty ones left out. */
  static List<Span> paragraphs(String text, List<Span> regions) {
    List<Span> paras = new ArrayList<>();
    for (Span r : regions) {
      int s = r.start();
      for (int i = r.start(); i <= r.end(); i++) {
        if (i == r.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
          Span p = new Span(s, i).trim(text);
          if (!p.isEmpty()) paras.add(p);
          s = i + 1;
        }
      }
    }
    return List.copyOf(paras);
  }

  /** The tokens {@code tokenizer} finds in {@code sentence}, without lone space characters. */
  static List<Span> tokens(String text, Span sentence, Tokenizer tokenizer) {
    List<Span> out = new ArrayList<>();
    for (Span tok : tokenizer.tokenize(text, sentence)) {
      char ch = text.charAt(tok.start());
      if (tok.length() == 1 && (Character.isSpaceChar(ch) || Character.isWhitespace(ch) || ch == '\u200b')) continue;
      out.add(tok);
    }
    return out;
  }
}
