package io.parallax.bench;

import io.parallax.model.Article;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.NewsAnnotator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * End-to-end throughput of the whole annotation stage (sentences, POS tags, entities, quotes,
 * quantities, times) on a folder of .txt articles, single-threaded, after a warm-up pass.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile
 * java -cp target/test-classes:target/classes:target/lib/* io.parallax.bench.AnnotationThroughput \
 *     ../shared/data/quotes-dev/text [rounds]
 * </pre>
 */
public final class AnnotationThroughput {

  private AnnotationThroughput() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: AnnotationThroughput FOLDER_OF_TXT [rounds]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Article.builder(p.getFileName().toString(), p.toString(),
            Files.readString(p, StandardCharsets.UTF_8)).build());
      }
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    long t0 = System.nanoTime();
    NewsAnnotator annotator = new NewsAnnotator();
    long loadNs = System.nanoTime() - t0;
    long sink = 0;
    for (Article a : articles) sink += annotator.annotate(a).quotes().size(); // warm-up
    long best = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long s0 = System.nanoTime();
      for (Article a : articles) {
        Annotations an = annotator.annotate(a);
        sink += an.quotes().size() + an.entities().size() + an.quantities().size() + an.times().size();
      }
      best = Math.min(best, System.nanoTime() - s0);
    }
    double secs = best / 1e9;
    System.out.printf("articles=%d chars=%d model load=%.2fs best of %d rounds: %.3fs = %.1f articles/s, %.0f chars/s (sink %d)%n",
        articles.size(), chars, loadNs / 1e9, rounds, secs, articles.size() / secs, chars / secs, sink);
  }
}
