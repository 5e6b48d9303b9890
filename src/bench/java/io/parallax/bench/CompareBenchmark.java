package io.parallax.bench;

import io.parallax.brief.Briefer;
import io.parallax.compare.ComparedArticle;
import io.parallax.compare.Comparison;
import io.parallax.compare.EventComparator;
import io.parallax.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * End-to-end timing of {@link EventComparator#compare} (and {@link Briefer#brief}) on a 50-article
 * event: the 50 articles are real news texts, the ecbplus-dev articles of the two largest topics
 * (about 20-40 sentences each), or, without the data, the sample corpus repeated under new ids.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.parallax.bench.CompareBenchmark ../shared/data
 * </pre>
 */
public final class CompareBenchmark {

  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0]) : Path.of("..", "shared", "data");
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<ComparedArticle> event = event(data, size);
    long words = event.stream().mapToLong(a -> a.article().text().split("\\s+").length).sum();
    System.out.printf(Locale.ROOT, "event: %d articles, %d words%n", event.size(), words);
    EventComparator comparator = new EventComparator();
    Briefer briefer = new Briefer();
    for (int i = 0; i < 5; i++) comparator.compare(event); // warm-up
    double[] ms = new double[15];
    Comparison c = null;
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      c = comparator.compare(event);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "compare: median %.0f ms, min %.0f ms, max %.0f ms (%d consensus, %d quotes, %d discrepancies, %d copied)%n",
        ms[ms.length / 2], ms[0], ms[ms.length - 1], c.consensus().size(), c.quotes().size(),
        c.discrepancies().size(), c.copied().size());
    for (int i = 0; i < 3; i++) briefer.brief(event);
    double[] bs = new double[9];
    for (int i = 0; i < bs.length; i++) {
      long t = System.nanoTime();
      briefer.brief(event);
      bs[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(bs);
    System.out.printf(Locale.ROOT, "brief:   median %.0f ms%n", bs[bs.length / 2]);
  }

  static List<ComparedArticle> event(Path data, int size) throws IOException {
    Path ecb = data.resolve("ecbplus-dev");
    List<ComparedArticle> out = new ArrayList<>();
    if (Files.isDirectory(ecb)) {
      var json = new com.fasterxml.jackson.databind.ObjectMapper();
      java.util.Map<String, String> topic = new java.util.HashMap<>();
      for (String l : Files.readAllLines(ecb.resolve("gold.tsv")).subList(1, Files.readAllLines(ecb.resolve("gold.tsv")).size())) {
        String[] f = l.split("\t");
        topic.put(f[0], f[1]);
      }
      java.util.Map<String, List<Article>> byTopic = new java.util.HashMap<>();
      for (String l : Files.readAllLines(ecb.resolve("articles.jsonl"))) {
        if (l.isBlank()) continue;
        var o = json.readTree(l);
        String id = o.get("id").asText();
        byTopic.computeIfAbsent(topic.getOrDefault(id, "?"), k -> new ArrayList<>())
            .add(Article.builder(id, id, o.get("text").asText()).outlet("outlet-" + (Math.abs(id.hashCode()) % 7)).build());
      }
      List<List<Article>> topics = new ArrayList<>(byTopic.values());
      topics.sort((x, y) -> y.size() - x.size());
      for (List<Article> t : topics) {
        for (Article a : t) if (out.size() < size) out.add(ComparedArticle.of(a));
      }
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("corpus", "rafah-2024"))) {
      files = s.sorted().toList();
    }
    for (int i = 0; out.size() < size; i++) {
      Path f = files.get(i % files.size());
      out.add(ComparedArticle.of(Article.builder("a" + i, f.toString(), Files.readString(f)).outlet("outlet-" + (i % 7)).build()));
    }
    return out;
  }
}
