package io.parallax.cli;

import io.parallax.fetch.FetchOptions;
import io.parallax.serve.FeedPoller;
import io.parallax.serve.Library;
import io.parallax.serve.OutletGroups;
import io.parallax.serve.WebServer;
import io.parallax.serve.WriteAccess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax serve}: the web reader and JSON API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store as a web reader (events ranked by outlets, outlets side by side, cited briefs, "
        + "storylines, articles, search) and a JSON API under /api/ (OpenAPI at /api/openapi.json).")
public final class ServeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", description = "store location (default: .parallax/store), written by 'parallax index'")
  Path storeDir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String bind;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "a file holding a secret token: POST /api/articles is then accepted from any client sending "
          + "'Authorization: Bearer TOKEN' (without it, from this machine only)")
  Path tokenFile;

  @Option(names = "--feeds", paramLabel = "FILE",
      description = "RSS/Atom feed URLs, one a line ('#' starts a comment): polled politely (robots.txt, per-host delay, "
          + "timeouts, size cap, as 'parallax fetch'; conditional GET with each feed's ETag / Last-Modified); new items are "
          + "fetched, extracted and indexed while serving")
  Path feedsFile;

  @Option(names = "--poll-minutes", paramLabel = "N", defaultValue = "15",
      description = "minutes between two polls of the feeds (default: ${DEFAULT-VALUE})")
  int pollMinutes;

  @Option(names = "--allow-private", description = "let --feeds fetch loopback, private and link-local addresses")
  boolean allowPrivate;

  @Option(names = "--outlets", paramLabel = "FILE.csv",
      description = "your own outlet groups: a CSV with a header row 'name,…' then any label columns (country, lean, "
          + "ownership…) and optionally 'domain' (articles also match by the host of their URL, subdomains included); coverage strips show each outlet's labels, and events covered by one group only are marked")
  Path outletsFile;

  /** Counted down when the server should stop (tests; Ctrl-C otherwise). */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) throw new UsageException("serve: --port must be between 0 and 65535, got " + port);
    Optional<String> token = Optional.empty();
    if (tokenFile != null) {
      if (!Files.isReadable(tokenFile)) throw new UsageException("serve: cannot read --token-file " + tokenFile);
      String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (t.length() < 16) throw new UsageException("serve: the token in " + tokenFile + " is shorter than 16 characters");
      token = Optional.of(t);
    }
    List<String> feeds = List.of();
    if (feedsFile != null) {
      if (!Files.isReadable(feedsFile)) throw new UsageException("serve: cannot read --feeds " + feedsFile);
      feeds = Files.readAllLines(feedsFile, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      for (String f : feeds) {
        if (!f.matches("(?i)https?://\\S+")) throw new UsageException("serve: not an http(s) feed URL in " + feedsFile + ": " + f);
      }
      if (pollMinutes < 1) throw new UsageException("serve: --poll-minutes must be at least 1, got " + pollMinutes);
    }
    OutletGroups groups = OutletGroups.NONE;
    if (outletsFile != null) {
      if (!Files.isReadable(outletsFile)) throw new UsageException("serve: cannot read --outlets " + outletsFile);
      try {
        groups = OutletGroups.read(outletsFile);
      } catch (IllegalArgumentException e) {
        throw new UsageException("serve: --outlets " + e.getMessage());
      }
    }
    Path dir = storeDir == null ? io.parallax.store.Store.defaultLocation() : storeDir;
    if (!Files.isDirectory(dir)) {
      err.println("parallax: serve: no store at " + dir + "; run 'parallax index PATH… --store " + dir + "' first");
      err.flush();
      return ExitCode.NO_INPUT.code();
    }
    try (Library library = Library.open(dir); WebServer server = new WebServer(library, new WriteAccess(token), groups)) {
      int actual;
      try {
        actual = server.start(bind, port);
      } catch (RuntimeException e) {
        throw new UsageException("serve: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
      }
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      // the front page shows the first sentence of each listed event's brief: analyse those events now
      Thread.ofPlatform().daemon().name("parallax-serve-warm-up").start(library::warmFrontPage);
      FeedPoller poller = null;
      if (!feeds.isEmpty()) {
        poller = new FeedPoller(library, feeds, FetchOptions.defaults().withAllowPrivate(allowPrivate), 50,
            m -> {
              synchronized (err) {
                err.println("parallax serve: " + m);
                err.flush();
              }
            });
        poller.start(Duration.ofMinutes(pollMinutes));
        err.printf("parallax serve: polling %d feed(s) every %d minute(s)%n", feeds.size(), pollMinutes);
      }
      err.printf("parallax serve: http://%s:%d/ (store %s, %d articles, %d events); Ctrl-C stops%n",
          bind.contains(":") ? "[" + bind + "]" : bind, actual, dir, library.catalog().articleCount(),
          library.catalog().ranked().size());
      err.flush();
      stop.await();
      if (poller != null) poller.close();
    } catch (IOException e) {
      err.println("parallax: serve: cannot open the store at " + dir + ": " + rootMessage(e));
      err.flush();
      return ExitCode.FAILED.code();
    }
    return ExitCode.DONE.code();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
