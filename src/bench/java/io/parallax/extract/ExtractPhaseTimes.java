package io.parallax.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Where extraction's time goes: thread CPU per phase (prefilter, decoding, jsoup parse, metadata,
 * main text) over a directory of gzipped pages, median of the rounds. A harness, not a test (it lives
 * in this package to reach the phases); complements {@code io.parallax.bench.ExtractThroughputHarness}.
 *
 * <p>Usage: {@code java -cp <test classpath> io.parallax.extract.ExtractPhaseTimes DIR [ROUNDS]}.
 */
public final class ExtractPhaseTimes {

  private ExtractPhaseTimes() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction-dev/html");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    List<byte[]> raw = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        try (var in = new GZIPInputStream(Files.newInputStream(f))) {
          raw.add(in.readAllBytes());
        }
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] names = {"prefilter", "decoding (without prefilter)", "jsoup parse", "metadata", "main text"};
    long[][] times = new long[names.length][rounds];
    long sink = 0;
    for (int r = -Math.max(5, rounds / 5); r < rounds; r++) {
      List<String> decoded = new ArrayList<>();
      List<Document> docs = new ArrayList<>();
      long t0 = threads.getCurrentThreadCpuTime();
      for (byte[] page : raw) {
        sink += Prefilter.strip(page).length;
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (byte[] page : raw) {
        decoded.add(HtmlDecoder.decode(page, Optional.empty(), Prefilter::strip).text());
      }
      long t2 = threads.getCurrentThreadCpuTime();
      for (String page : decoded) {
        docs.add(Jsoup.parse(page, ""));
      }
      long t3 = threads.getCurrentThreadCpuTime();
      for (Document doc : docs) {
        sink += Metadata.read(doc, Optional.empty()).title().map(String::length).orElse(0);
      }
      long t4 = threads.getCurrentThreadCpuTime();
      for (Document doc : docs) {
        sink += MainText.extract(doc).length();
      }
      long t5 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        long[] phase = {t1 - t0, (t2 - t1) - (t1 - t0), t3 - t2, t4 - t3, t5 - t4};
        for (int i = 0; i < phase.length; i++) {
          times[i][r] = phase[i];
        }
      }
    }
    System.out.printf("pages=%d rounds=%d (check %d)%n", raw.size(), rounds, sink % 10);
    double total = 0;
    for (int i = 0; i < names.length; i++) {
      Arrays.sort(times[i]);
      double median = times[i][rounds / 2] / 1e6;
      total += median;
      System.out.printf("%-30s median %6.1f ms%n", names[i], median);
    }
    System.out.printf("%-30s        %6.1f ms%n", "sum of medians", total);
  }
}
