package io.parallax.nlp;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule tokenizer for news English: words with inner apostrophes and hyphens ("Biden's",
 * "safe-haven"), dotted abbreviations ("U.S.", "D-N.Y."), numbers with separators ("34,500",
 * "1.5", "80%") and single punctuation marks. Thread-safe and stateless.
 */
public final class NewsTokenizer implements Tokenizer {

  /**
   * Java's regex engine recurses once per repetition of a group, so an unbounded group repeat
   * overflows the stack on a few thousand characters of "ACGT…", "0,1,2,…" or "A.A.…". Every group
   * repeat is bounded: a longer run is split into several tokens, never lost.
   */
  private static final int MAX_PARTS = 24;

  private static final Pattern TOKEN = Pattern.compile((
      "\\p{Lu}(?:[.-]?\\p{Lu}){0,MAX}\\.(?:\\p{Lu}\\.){1,MAX}"             // U.S.  D-N.Y.
          + "|\\p{L}\\.(?:\\p{L}\\.){1,MAX}"                         // a.m.  e.g.
          + "|[$€£]?\\d+(?:[.,:]\\d+){0,MAX}%?"                      // 34,500  1.5  10:30  80%  $5
          + "|[\\p{L}\\p{M}\\d]+(?:['’\\-][\\p{L}\\p{M}\\d]+){0,MAX}" // words, Biden's, safe-haven
          + "|[^\\s\\p{L}\\p{M}\\d]"                              // any other single mark
      ).replace("MAX", Integer.toString(MAX_PARTS)));

  @Override
  public List<Span> tokenize(String text, Span region) {
    Matcher m = TOKEN.matcher(text).region(region.start(), region.end());
    List<Span> out = new ArrayList<>();
    while (m.find()) out.add(new Span(m.start(), m.end()));
    return List.copyOf(out);
  }
}
