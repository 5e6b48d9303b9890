package io.parallax.nlp;

import io.parallax.model.Span;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How common each word is in news: in how many documents of a corpus a word stem ({@link Words#stem}
 * of the lower-cased word) occurs. {@link #news()} is the shipped table, counted over the training
 * sets' articles; {@link #plus} adds the documents at hand (a batch, an event), so that rarity is judged
 * against the news a reader is looking at as well as news in general. Immutable.
 *
 * <pre>{@code
 * WordFrequencies corpus = WordFrequencies.news().plus(List.of(WordFrequencies.stemsOf(text)));
 * double rare = corpus.idf("famine");   // high: few documents use it
 * double common = corpus.idf("week");   // low
 * }</pre>
 */
public final class WordFrequencies {

  private static final String RESOURCE = "news-word-df.tsv.gz";

  private final WordFrequencies base;
  private final long documents;
  private final Map<String, Integer> df;

  /** {@code df} counts the documents added to {@code base} (null: none); {@code documents} counts all. */
  private WordFrequencies(WordFrequencies base, long documents, Map<String, Integer> df) {
    this.base = base;
    this.documents = documents;
    this.df = df;
  }

  /** No documents: every word is as rare as can be. */
  public static WordFrequencies empty() {
    return new WordFrequencies(null, 0, Map.of());
  }

  /** The shipped table (loaded once, on first use). */
  public static WordFrequencies news() {
    return Shipped.TABLE;
  }

  private static final class Shipped {
    static final WordFrequencies TABLE = load();

    private static WordFrequencies load() {
      try (InputStream in = WordFrequencies.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("the word frequency table " + RESOURCE + " is missing from the"
            + " classpath; rebuild the jar (./mvnw package)");
        return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word frequency table " + RESOURCE, e);
      }
    }
  }

  /** Counts {@code documents} (each the set of its word stems) from scratch. */
  public static WordFrequencies of(Collection<Set<String>> documents) {
    return empty().plus(documents);
  }

  /**
   * This table with {@code documents} (each the set of its word stems) counted in too; the table itself
   * is shared, not copied, so adding an event's few articles to the shipped table is cheap.
   */
  public WordFrequencies plus(Collection<Set<String>> documents) {
    if (documents.isEmpty()) return this;
    Map<String, Integer> added = new HashMap<>();
    for (Set<String> d : documents) for (String s : d) added.merge(s, 1, Integer::sum);
    return new WordFrequencies(this, this.documents + documents.size(), added);
  }

  /** The distinct stems of the words of {@code text} within {@code regions}, tokens as {@link Segmentation} cuts them. */
  public static Set<String> stemsOf(String text, List<Span> regions) {
    Set<String> out = new HashSet<>();
    for (Span sentence : Segmentation.sentences(text, regions)) {
      for (Span t : Segmentation.tokens(text, sentence)) {
        String surface = t.textOf(text);
        if (Words.isWord(surface)) out.add(Words.stem(Words.lower(surface)));
      }
    }
    return out;
  }

  /** The distinct stems of the words of {@code text}. */
  public static Set<String> stemsOf(String text) {
    return stemsOf(text, List.of(new Span(0, text.length())));
  }

  /** Documents counted. */
  public long documents() {
    return documents;
  }

  /** Documents in which {@code stem} occurs (0 for one never seen, or seen once in the shipped table). */
  public int documentFrequency(String stem) {
    return (base == null ? 0 : base.documentFrequency(stem)) + df.getOrDefault(stem, 0);
  }

  /** Inverse document frequency, {@code ln((documents + 1) / (df + 1))}: 0 for a word in every document. */
  public double idf(String stem) {
    return Math.log((documents + 1.0) / (documentFrequency(stem) + 1.0));
  }

  /**
   * Writes the table as {@code documents N} then one {@code stem<TAB>df} line per stem seen in at least
   * {@code minDf} documents, by falling frequency, gzipped.
   */
  public void write(Path file, int minDf) throws IOException {
    Set<String> stems = new HashSet<>();
    for (WordFrequencies t = this; t != null; t = t.base) stems.addAll(t.df.keySet());
    List<Map.Entry<String, Integer>> rows = new ArrayList<>();
    for (String s : stems) {
      int n = documentFrequency(s);
      if (n >= minDf) rows.add(Map.entry(s, n));
    }
    rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      w.write("documents\t" + documents + "\n");
      for (var e : rows) w.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  static WordFrequencies read(BufferedReader r) throws IOException {
    String head = r.readLine();
    if (head == null || !head.startsWith("documents\t")) {
      throw new IllegalStateException("a word frequency table starts with \"documents<TAB>N\", not " + head);
    }
    long documents = Long.parseLong(head.substring("documents\t".length()).trim());
    Map<String, Integer> df = new HashMap<>();
    for (String line; (line = r.readLine()) != null; ) {
      int tab = line.indexOf('\t');
      if (tab > 0) df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).trim()));
    }
    return new WordFrequencies(null, documents, df);
  }
}
