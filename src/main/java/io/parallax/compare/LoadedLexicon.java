package io.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The loaded-language lexicon shipped as {@code io/parallax/compare/loaded-terms.tsv} (CC0, see the
 * file header and docs/compare.md): term, category and a more neutral wording. Terms are matched by
 * word stems, so "slaughtered" and "slaughter" are separate entries only when both are listed.
 */
public final class LoadedLexicon {

  record Entry(String term, List<String> stems, String category, String neutral) {}

  public static final LoadedLexicon DEFAULT = load("/io/parallax/compare/loaded-terms.tsv");

  final List<Entry> entries;

  private LoadedLexicon(List<Entry> entries) {
    List<Entry> sorted = new java.util.ArrayList<>(entries);
    sorted.sort(java.util.Comparator.comparingInt((Entry e) -> -e.stems().size()));
    this.entries = List.copyOf(sorted);
  }

  /** Lexicon hits among {@code tokens} outside quotation marks (longest terms first, no overlaps). */
  public int count(List<AnalyzedArticle.Tok> tokens) {
    boolean[] used = new boolean[tokens.size()];
    int hits = 0;
    for (Entry e : entries) {
      int n = e.stems().size();
      for (int i = 0; i + n <= tokens.size(); i++) {
        boolean ok = true;
        for (int k = 0; k < n && ok; k++) {
          AnalyzedArticle.Tok t = tokens.get(i + k);
          ok = !used[i + k] && !t.inQuote() && t.word() && t.stem().equals(e.stems().get(k));
        }
        if (!ok) continue;
        for (int k = 0; k < n; k++) used[i + k] = true;
        hits++;
      }
    }
    return hits;
  }

  static LoadedLexicon load(String resource) {
    try (InputStream in = LoadedLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Lexicon resource " + resource + " is missing from the classpath; rebuild the jar");
      }
      List<Entry> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new IllegalStateException("Lexicon line needs term<TAB>category<TAB>neutral: '" + line + "'");
        }
        List<String> stems = new ArrayList<>();
        for (String w : f[0].strip().split("\\s+")) stems.add(Words.stem(Words.lower(w)));
        out.add(new Entry(f[0].strip(), stems, f[1].strip(), f[2].strip()));
      }
      return new LoadedLexicon(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + resource, e);
    }
  }
}
