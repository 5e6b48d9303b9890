package io.parallax.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.clean.CleanArticle;
import io.parallax.cli.Main;
import io.parallax.pipeline.Pipeline;
import io.parallax.report.JsonReport;
import io.parallax.serve.Catalog;
import io.parallax.serve.Library;
import io.parallax.serve.Links;
import io.parallax.serve.WebServer;
import io.parallax.serve.WriteAccess;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load benchmark of the web reader's event pages (not a test). Generates N articles from the ECB+ dev
 * articles as {@link StoryScaleBenchmark} does (perturbed copies), gives each one of twelve outlets and a
 * day, indexes them with {@code parallax index} into a fresh store, serves it on loopback, requests
 * each of K multi-outlet events (a fixed sample, or with {@code --pick=top} those with the most outlets) once (first requests: annotation, comparison and brief
 * are computed, then cached), then has C client threads request those event pages round-robin for S
 * seconds, and prints throughput and latency percentiles. Client and server share the machine.
 *
 * <p>Usage: {@code ./mvnw -o -q test-compile exec:java -Dexec.mainClass=io.parallax.bench.ServeLoadBenchmark
 * -Dexec.args="../shared/data/ecbplus-dev/articles.jsonl /tmp/serve-bench 10000 --events=200 --clients=8 --seconds=30"}
 */
public final class ServeLoadBenchmark {

  private static final String[] OUTLETS = {"Daily Ledger", "Morning Post", "Evening Standard", "The Courier",
      "Metro Wire", "National Times", "City Herald", "Globe Report", "The Observer Desk", "Valley News",
      "Coast Gazette", "Capital Journal"};

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("Usage: ServeLoadBenchmark ARTICLES.jsonl WORKDIR N [--events=K] [--clients=C] [--seconds=S]");
    }
    Path work = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    int events = option(args, "events", 200);
    int clients = option(args, "clients", 8);
    int seconds = option(args, "seconds", 30);
    Path store = work.resolve("store");
    if (!Files.isDirectory(store)) {
      Path jsonl = work.resolve("articles.jsonl");
      Files.createDirectories(work);
      List<CleanArticle> sources = Pipeline.readCleaned(List.of(Path.of(args[0])));
      try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
        for (int i = 0; i < n; i++) {
          CleanArticle a = StoryScaleBenchmark.perturb(sources, i);
          ObjectNode o = JsonReport.compact().createObjectNode();
          o.put("id", a.id()).put("outlet", OUTLETS[Math.floorMod(i * 7 + i / sources.size(), OUTLETS.length)])
              .put("published", LocalDate.of(2024, 1, 1).plusDays(i / sources.size()).toString() + "T08:00:00Z")
              .put("text", a.text());
          out.write(JsonReport.compact().writeValueAsString(o));
          out.newLine();
        }
      }
      long t0 = System.nanoTime();
      if (Main.run("index", jsonl.toString(), "--store", store.toString()) != 0) throw new IllegalStateException("index failed");
      System.out.printf(Locale.ROOT, "indexed %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
    try (Library library = Library.open(store); WebServer server = new WebServer(library, new WriteAccess(Optional.empty()))) {
      int port = server.start("127.0.0.1", 0);
      Catalog catalog = library.catalog();
      // "top": the events with the most outlets (the front page's; here the largest events, hundreds of
      // articles each); "sample": a fixed pseudo-random sample of all multi-outlet events
      boolean top = Arrays.asList(args).contains("--pick=top");
      List<Catalog.EventInfo> chosen = catalog.ranked().stream().filter(e -> e.outlets().size() > 1)
          .sorted(top ? Comparator.comparingInt(e -> 0) : Comparator.comparingInt(e -> e.id().hashCode() * 0x9E3779B1))
          .limit(events).toList();
      List<String> paths = chosen.stream().map(e -> Links.event(e.id())).toList();
      int[] sizes = chosen.stream().mapToInt(e -> e.articles().size()).sorted().toArray();
      System.out.printf(Locale.ROOT, "store: %d articles, %d events (%d with several outlets); %d event pages requested (%s): "
          + "articles per event p50 %d, max %d%n", catalog.articleCount(), catalog.ranked().size(),
          catalog.ranked().stream().filter(e -> e.outlets().size() > 1).count(), paths.size(), top ? "top" : "sample",
          sizes.length == 0 ? 0 : sizes[sizes.length / 2], sizes.length == 0 ? 0 : sizes[sizes.length - 1]);
      String base = "http://127.0.0.1:" + port;
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      long[] first = new long[paths.size()];
      long bytes = 0;
      for (int i = 0; i < paths.size(); i++) {
        long t = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).build(), HttpResponse.BodyHandlers.ofByteArray());
        first[i] = System.nanoTime() - t;
        if (r.statusCode() != 200) throw new IllegalStateException(paths.get(i) + ": " + r.statusCode());
        bytes += r.body().length;
      }
      print("first request of each event page (analysis computed)", first, -1);
      System.out.printf(Locale.ROOT, "mean page size %.1f KiB%n", bytes / 1024.0 / Math.max(1, paths.size()));
      run(base, paths, clients, 5, "warm-up");
      run(base, paths, clients, seconds, "measured");
    }
  }

  private static void run(String base, List<String> paths, int clients, int seconds, String label) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c * Math.max(1, paths.size() / clients);
      results.add(pool.submit(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] lat = new long[1 << 16];
        int k = 0;
        for (int i = offset; System.nanoTime() < end; i++) {
          long t = System.nanoTime();
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          long d = System.nanoTime() - t;
          if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + paths.get(i % paths.size()));
          if (k == lat.length) lat = Arrays.copyOf(lat, k * 2);
          lat[k++] = d;
        }
        return Arrays.copyOf(lat, k);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : results) all.add(f.get());
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
    print(label + ", " + clients + " clients, " + seconds + " s", merged, seconds);
  }

  private static void print(String label, long[] nanos, int seconds) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    if (s.length == 0) {
      System.out.println(label + ": no requests");
      return;
    }
    System.out.printf(Locale.ROOT, "%s: %d requests%s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", label, s.length,
        seconds > 0 ? String.format(Locale.ROOT, ", %.0f req/s", s.length / (double) seconds) : "",
        pct(s, 0.50), pct(s, 0.90), pct(s, 0.99), s[s.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static int option(String[] args, String name, int fallback) {
    return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "=")).map(a -> a.substring(name.length() + 3))
        .mapToInt(Integer::parseInt).findFirst().orElse(fallback);
  }
}
