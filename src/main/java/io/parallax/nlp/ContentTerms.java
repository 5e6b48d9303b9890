package io.parallax.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of English text as stems, for bag-of-words comparison of articles: Lucene's
 * {@link EnglishAnalyzer} (standard tokenizer, English possessives, lower case, stop words removed,
 * Porter stemming), keeping terms of two characters or more that are not all digits. Thread-safe.
 */
public final class ContentTerms {

  private final Analyzer analyzer = new EnglishAnalyzer();

  /** Adds {@code weight} to the count of each content-word stem of {@code text} in {@code counts}. */
  public void addTo(Map<String, Integer> counts, String text, int weight) {
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() < 2 || t.chars().allMatch(Character::isDigit)) continue;
        counts.merge(t, weight, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene analysis of an in-memory string failed", e);
    }
  }
}
