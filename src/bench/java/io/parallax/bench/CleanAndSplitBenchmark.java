package io.parallax.bench;

import io.parallax.clean.CleanArticle;
import io.parallax.clean.FurnitureCleaner;
import io.parallax.model.Article;
import io.parallax.model.Span;
import io.parallax.nlp.NewsSentenceSplitter;
import io.parallax.nlp.NewsTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: furniture cleaning, sentence splitting and tokenising of the five sample articles (one op =
 * all five). Run:
 * <pre>scripts/bench jmh CleanAndSplit</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CleanAndSplitBenchmark {

  private List<Article> articles;
  private List<CleanArticle> cleaned;
  private final FurnitureCleaner cleaner = new FurnitureCleaner();
  private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  @Setup
  public void load() throws IOException {
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus/rafah-2024"))) {
      for (Path p : files.sorted().toList()) {
        articles.add(Article.builder(p.getFileName().toString(), p.toString(), Files.readString(p, StandardCharsets.UTF_8)).build());
      }
    }
    cleaned = cleaner.clean(articles);
  }

  @Benchmark
  public List<CleanArticle> clean() {
    return cleaner.clean(articles);
  }

  @Benchmark
  public int splitSentences() {
    int n = 0;
    for (CleanArticle c : cleaned) {
      for (Span p : c.paragraphs()) n += splitter.split(c.article().text(), p).size();
    }
    return n;
  }

  @Benchmark
  public int tokenize() {
    int n = 0;
    for (CleanArticle c : cleaned) {
      for (Span p : c.paragraphs()) n += tokenizer.tokenize(c.article().text(), p).size();
    }
    return n;
  }
}
