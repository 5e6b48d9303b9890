package io.parallax.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.parallax.extract.HtmlExtractor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * End-to-end throughput, Parallax against boilerpipe, for a shared and noisy machine: the two run in
 * alternating rounds over the same pages (single thread), timed in process CPU time (so garbage
 * collection counts, and time spent descheduled by other processes does not), and both see the same
 * cache pressure; the
 * report gives pages per CPU-second (median and best round) and the median per-round speed ratio. Complements
 * {@link ExtractThroughputBenchmark} (JMH), whose separate measurement windows suffer more from
 * other processes.
 *
 * <p>Usage: {@code java -cp <test classpath> io.parallax.bench.ExtractThroughputHarness DIR [ROUNDS]}.
 */
public final class ExtractThroughputHarness {

  /** Process CPU time: the extracting thread plus garbage collection and JIT threads. */
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private static long cpu() {
    return OS.getProcessCpuTime();
  }

  private ExtractThroughputHarness() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction-dev/html");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<byte[]> raw = new ArrayList<>();
    List<String> decoded = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          byte[] bytes = in.readAllBytes();
          raw.add(bytes);
          decoded.add(new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }
    HtmlExtractor parallax = new HtmlExtractor();
    int warmup = Math.max(5, rounds / 3);
    double[] p = new double[rounds];
    double[] b = new double[rounds];
    double[] ratio = new double[rounds];
    long sink = 0;
    for (int r = -warmup; r < rounds; r++) {
      long t0 = cpu();
      for (byte[] page : raw) {
        sink += parallax.extract(page, Optional.empty(), Optional.empty()).text().length();
      }
      long t1 = cpu();
      for (String page : decoded) {
        sink += ArticleExtractor.INSTANCE.getText(page).length();
      }
      long t2 = cpu();
      if (r >= 0) {
        p[r] = raw.size() / ((t1 - t0) / 1e9);
        b[r] = raw.size() / ((t2 - t1) / 1e9);
        ratio[r] = p[r] / b[r];
      }
    }
    Arrays.sort(p);
    Arrays.sort(b);
    Arrays.sort(ratio);
    System.out.printf("pages=%d rounds=%d (chars %d)%n", raw.size(), rounds, sink % 10);
    System.out.printf("parallax   pages/cpu-s median %.0f best %.0f%n", p[rounds / 2], p[rounds - 1]);
    System.out.printf("boilerpipe pages/cpu-s median %.0f best %.0f%n", b[rounds / 2], b[rounds - 1]);
    System.out.printf("speed ratio parallax/boilerpipe median %.2f (per-round range %.2f-%.2f)%n",
        ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
  }
}
