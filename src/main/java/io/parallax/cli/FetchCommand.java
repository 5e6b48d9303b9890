package io.parallax.cli;

import io.parallax.extract.Extraction;
import io.parallax.extract.HtmlExtractor;
import io.parallax.fetch.FeedPages;
import io.parallax.fetch.FetchOptions;
import io.parallax.fetch.FetchResult;
import io.parallax.fetch.PoliteFetcher;
import io.parallax.ingest.Ingested;
import io.parallax.ingest.web.FeedReader;
import io.parallax.model.Article;
import io.parallax.model.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax fetch URL|FEED... --out FILE.jsonl}: downloads pages (or a feed and the pages its
 * items link to) politely and writes the same JSON lines as {@code parallax extract}.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    header = "Fetches pages or feeds politely and extracts them.",
    description = {
      "Fetches web pages, or RSS/Atom feeds and the pages their items link to, and extracts them.",
      "Polite: obeys robots.txt, waits between requests to one host, times out, caps sizes and redirects,"
          + " and refuses private and loopback addresses unless --allow-private is given.",
      "Writes one JSON line per article, as 'parallax extract' does (id is the page URL)."
    })
public final class FetchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "URL|FEED", arity = "1..*", description = "page or feed URLs (http, https)")
  List<String> urls;

  @Option(names = "--out", paramLabel = "FILE.jsonl", required = true, description = "output file")
  Path out;

  @Option(names = "--allow-private", description = "allow loopback, private and link-local addresses")
  boolean allowPrivate;

  @Option(names = "--delay", paramLabel = "MS", description = "milliseconds between requests to one host (default ${DEFAULT-VALUE})")
  long delayMs = 1000;

  @Option(names = "--timeout", paramLabel = "MS", description = "the most one request may take, body included, in milliseconds (default ${DEFAULT-VALUE})")
  long timeoutMs = 15_000;

  @Option(names = "--max-bytes", description = "largest body read, in bytes (default ${DEFAULT-VALUE})")
  int maxBytes = 5 * 1024 * 1024;

  @Option(names = "--max-redirects", description = "redirects followed (default ${DEFAULT-VALUE})")
  int maxRedirects = 5;

  @Option(names = "--max-items", description = "feed items fetched per feed (default ${DEFAULT-VALUE})")
  int maxItems = 50;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    FetchOptions options;
    try {
      FetchOptions d = FetchOptions.defaults();
      options = new FetchOptions(d.userAgent(), Duration.ofMillis(delayMs), Duration.ofMillis(timeoutMs), maxBytes,
          maxRedirects, allowPrivate);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    HtmlExtractor extractor = new HtmlExtractor();
    FeedReader feeds = new FeedReader(extractor);
    int written = 0;
    int refused = 0;
    try (PoliteFetcher fetcher = new PoliteFetcher(options);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String url : urls) {
        FetchResult result = fetcher.fetch(url);
        if (result instanceof FetchResult.Refused r) {
          err.println("parallax fetch: skipped " + Escape.terminal(url) + ": " + Escape.terminal(r.reason()));
          refused++;
          continue;
        }
        FetchResult.Fetched page = (FetchResult.Fetched) result;
        if (page.truncated()) {
          err.println("parallax fetch: " + Escape.terminal(url) + ": body cut at " + maxBytes + " bytes");
        }
        if (FeedPages.isFeed(page)) {
          List<Article> items = new ArrayList<>();
          try {
            feeds.read(page.body(), page.url(), page.url(), i -> {
              if (i instanceof Ingested.Read read) {
                items.add(read.article());
              }
            });
          } catch (IOException e) {
            err.println("parallax fetch: skipped " + Escape.terminal(url) + ": " + Escape.terminal(e.getMessage()));
            refused++;
            continue;
          }
          for (Article item : items.subList(0, Math.min(items.size(), maxItems))) {
            Article article = item;
            if (item.url().isPresent()) {
              FetchResult linked = fetcher.fetch(item.url().get());
              if (linked instanceof FetchResult.Fetched f && !FeedPages.isFeed(f)) {
                Extraction x = extractor.extract(f.body(), f.charset(), Optional.of(f.url()));
                if (!x.text().isBlank() && x.isArticle()) {
                  article = FeedPages.merge(x.toArticle(f.url(), f.url()), item);
                }
              } else if (linked instanceof FetchResult.Refused r) {
                err.println("parallax fetch: item page " + Escape.terminal(item.url().get()) + " not fetched (" + Escape.terminal(r.reason())
                    + "); using the feed's text");
              }
            }
            w.write(ExtractCommand.json(article));
            w.write('\n');
            written++;
          }
        } else {
          Extraction x = extractor.extract(page.body(), page.charset(), Optional.of(page.url()));
          if (!x.isArticle()) {
            err.println("parallax fetch: skipped " + Escape.terminal(url) + ": " + x.kind().skipReason());
            refused++;
            continue;
          }
          w.write(ExtractCommand.json(x.toArticle(page.url(), page.url())));
          w.write('\n');
          written++;
        }
      }
    }
    err.printf("parallax fetch: %d articles written to %s, %d URLs skipped%n", written, out, refused);
    if (written == 0 && refused > 0) {
      err.println("parallax fetch: none of the " + urls.size() + " URLs could be fetched");
      return ExitCode.NO_INPUT.code();
    }
    return refused > 0 ? ExitCode.PARTIAL.code() : ExitCode.DONE.code();
  }
}
