package io.parallax.compare;

import io.parallax.model.Span;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.QuoteMention;
import io.parallax.nlp.QuotationSegments;
import io.parallax.nlp.Segmentation;
import io.parallax.nlp.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An article cut into sentences and tokens (kept regions only), with the direct-quote regions
 * marked: the text analysis of one event's article, built once per event ({@link #of(List, Function)})
 * and shared by the comparison ({@link EventComparator#compareAnalyzed}) and the brief. The sentences
 * and the quotations in marks are the annotations' when the article was annotated, else
 * {@link Segmentation}'s and {@link QuotationSegments}' (titles, the {@code brief} command); the tokens are
 * {@link Segmentation}'s either way.
 */
public final class AnalyzedArticle {

  /** One token: its span, surface form, lower-cased form and stem; flags for content and quotes. */
  public record Tok(Span span, String text, String lower, String stem, boolean word, boolean content,
      boolean capitalized, boolean inQuote) {}

  /** One sentence with its tokens; {@code index} is its position in the article. */
  public record Sent(int index, Span span, String text, List<Tok> tokens) {
    public int wordCount() {
      int n = 0;
      for (Tok t : tokens) if (t.word()) n++;
      return n;
    }
  }

  final ComparedArticle source;
  final String text;
  final List<Span> quoteRegions;
  final List<Sent> sentences;
  final int wordCount;

  /** The sentences of the kept regions, in order. */
  public List<Sent> sentences() {
    return sentences;
  }

  /** The article and kept regions analysed. */
  public ComparedArticle source() {
    return source;
  }

  /** The analysis of each article of an event, in order, none of them annotated. */
  public static List<AnalyzedArticle> of(List<ComparedArticle> event) {
    return of(event, id -> null);
  }

  /**
   * The analysis of each article of an event, in order, with the sentences and quotations in marks of
   * the annotations that {@code annotationsById} gives for an article id (null for an article not
   * annotated).
   */
  public static List<AnalyzedArticle> of(List<ComparedArticle> event, Function<String, Annotations> annotationsById) {
    List<AnalyzedArticle> out = new ArrayList<>(event.size());
    for (ComparedArticle c : event) {
      out.add(new AnalyzedArticle(c, Optional.ofNullable(annotationsById.apply(c.id()))));
    }
    return List.copyOf(out);
  }

  /** An article not annotated: its kept regions are split into sentences here. */
  public AnalyzedArticle(ComparedArticle source) {
    this(source, Optional.empty());
  }

  private AnalyzedArticle(ComparedArticle source, Optional<Annotations> annotated) {
    this.source = source;
    this.text = source.article().text();
    this.quoteRegions = annotated
        .map(a -> a.markedQuotes().stream().map(QuoteMention::content).toList())
        .orElseGet(() -> QuotationSegments.regions(text, source.kept()));
    List<Sent> sents = new ArrayList<>();
    int words = 0;
    for (Span s : annotated.map(Annotations::sentences).orElseGet(() -> Segmentation.sentences(text, source.kept()))) {
      List<Tok> toks = new ArrayList<>();
      for (Span t : Segmentation.tokens(text, s)) {
        String surface = t.textOf(text);
        String lower = Words.lower(surface);
        boolean word = Words.isWord(surface);
        boolean content = word && !Words.isStop(lower) && Character.isLetter(surface.charAt(0))
            && surface.length() > 1;
        boolean cap = word && Character.isUpperCase(surface.charAt(0));
        boolean inQuote = false;
        for (Span q : quoteRegions) {
          if (q.contains(t)) { inQuote = true; break; }
        }
        toks.add(new Tok(t, surface, lower, Words.stem(lower), word, content, cap, inQuote));
        if (word) words++;
      }
      if (!toks.isEmpty()) sents.add(new Sent(sents.size(), s, s.textOf(text), List.copyOf(toks)));
    }
    this.sentences = List.copyOf(sents);
    this.wordCount = words;
  }

  /** The distinct stems of its words: this article as one document of {@link io.parallax.nlp.WordFrequencies}. */
  Set<String> wordStems() {
    Set<String> stems = new HashSet<>();
    for (Sent s : sentences) {
      for (Tok t : s.tokens()) if (t.word()) stems.add(t.stem());
    }
    return stems;
  }

  String id() {
    return source.id();
  }

  String outlet() {
    return source.outletOrId();
  }
}
