package io.parallax.compare;

import io.parallax.nlp.Words;
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
    java.util.Map<String, List<Entry>> index = new java.util.HashMap<>();
    int max = 1;
    for (Entry e : this.entries) {
      index.computeIfAbsent(e.stems().get(0), k -> new java.util.ArrayList<>()).add(e);
      max = Math.max(max, e.stems().size());
    }
    this.byFirstStem = index;
    this.maxLength = max;
  }

  private final java.util.Map<String, List<Entry>> byFirstStem;
  private final int maxLength;

  /** Lexicon hits among {@code tokens} outside quotation marks (longest terms first, no overlaps). */
  public int count(List<AnalyzedArticle.Tok> tokens) {
    return matches(tokens).size();
  }

  /** A hit: the entry and the token range [from, to). */
  record Hit(Entry entry, int from, int to) {}

  /** Hits in {@code tokens}, outside quotation marks, longest term first at each position, no overlaps. */
  List<Hit> matches(List<AnalyzedArticle.Tok> tokens) {
    boolean[] used = new boolean[tokens.size()];
    List<Hit> hits = new java.util.ArrayList<>();
    for (int len = maxLength; len >= 1; len--) {
      for (int i = 0; i + len <= tokens.size(); i++) {
        AnalyzedArticle.Tok first = tokens.get(i);
        if (used[i] || first.inQuote() || !first.word()) continue;
        List<Entry> cands = byFirstStem.get(first.stem());
        if (cands == null) continue;
        for (Entry e : cands) {
          if (e.stems().size() != len) continue;
          boolean ok = true;
          for (int k = 1; k < len && ok; k++) {
            AnalyzedArticle.Tok t = tokens.get(i + k);
            ok = !used[i + k] && !t.inQuote() && t.word() && t.stem().equals(e.stems().get(k));
          }
          if (!ok) continue;
          for (int k = 0; k < len; k++) used[i + k] = true;
          hits.add(new Hit(e, i, i + len));
          break;
        }
      }
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::from));
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
