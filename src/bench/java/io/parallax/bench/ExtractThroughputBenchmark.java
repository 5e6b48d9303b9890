package io.parallax.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.parallax.extract.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput of main-text extraction over all pages of a folder of {@code .html.gz}
 * files (the 60 extraction-dev pages), Parallax against boilerpipe's ArticleExtractor. One operation
 * extracts every page once, so pages/s = ops/s x page count. Parallax is timed from raw bytes
 * (charset detection, parsing, metadata and text); boilerpipe gets the already-decoded string.
 *
 * <p>Run: see docs/benchmarks-extract.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExtractThroughputBenchmark {

  @Param({"../shared/data/extraction-dev/html"})
  public String pages;

  private final List<byte[]> raw = new ArrayList<>();
  private final List<String> decoded = new ArrayList<>();
  private final HtmlExtractor parallax = new HtmlExtractor();

  @Setup
  public void load() throws IOException {
    Path dir = Path.of(pages);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no folder " + dir.toAbsolutePath() + "; pass -p pages=<folder of .html.gz>");
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          byte[] bytes = in.readAllBytes();
          raw.add(bytes);
          decoded.add(new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }
  }

  @Benchmark
  public void parallax(Blackhole bh) {
    for (byte[] page : raw) {
      bh.consume(parallax.extract(page, Optional.empty(), Optional.empty()));
    }
  }

  @Benchmark
  public void boilerpipe(Blackhole bh) throws BoilerpipeProcessingException {
    for (String page : decoded) {
      bh.consume(ArticleExtractor.INSTANCE.getText(page));
    }
  }
}
