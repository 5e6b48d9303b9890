package io.parallax.serve;

import io.parallax.extract.Extraction;
import io.parallax.extract.HtmlExtractor;
import io.parallax.fetch.FeedPages;
import io.parallax.fetch.FetchOptions;
import io.parallax.fetch.FetchResult;
import io.parallax.fetch.PoliteFetcher;
import io.parallax.ingest.Ingested;
import io.parallax.ingest.web.FeedReader;
import io.parallax.model.Article;
import io.parallax.story.Stories;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Live ingestion for {@code parallax serve --feeds FILE}: polls each RSS/Atom feed at a fixed interval
 * through the polite fetcher of {@code parallax fetch} (robots.txt, per-host delay, timeouts, size cap,
 * redirect limit, no private addresses unless allowed) with a conditional GET (each feed's last
 * {@code ETag} and {@code Last-Modified} sent back; a 304 answer means nothing new), fetches the page of each item not seen before,
 * extracts it, and adds the new articles to the library, which assigns them to events at once.
 * Items already in the store or already tried are not fetched again.
 */
public final class FeedPoller implements AutoCloseable {

  private final Library library;
  private final List<String> feeds;
  private final int maxItems;
  private final Consumer<String> log;
  private final PoliteFetcher fetcher;
  private final HtmlExtractor extractor = new HtmlExtractor();
  private final FeedReader reader = new FeedReader(extractor);
  private final Set<String> seen = new HashSet<>();
  /** The validators of each feed's last response, sent back on the next poll (conditional GET). */
  private final Map<String, FetchResult.Validators> validators = new HashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "parallax-feeds");
    t.setDaemon(true);
    return t;
  });

  public FeedPoller(Library library, List<String> feeds, FetchOptions options, int maxItems, Consumer<String> log) {
    this.library = library;
    this.feeds = List.copyOf(feeds);
    this.maxItems = maxItems;
    this.log = log;
    this.fetcher = new PoliteFetcher(options);
  }

  /** Polls now and then every {@code interval}, in a background thread. */
  public void start(Duration interval) {
    timer.scheduleWithFixedDelay(() -> {
      try {
        pollOnce();
      } catch (IOException | RuntimeException e) {
        log.accept("feed polling failed: " + e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One round over every feed; returns where the new articles went. */
  public synchronized List<Stories.Assignment> pollOnce() throws IOException {
    List<Article> fresh = new ArrayList<>();
    for (String feed : feeds) {
      FetchResult result = fetcher.fetch(feed, validators.getOrDefault(feed, FetchResult.Validators.NONE));
      if (result instanceof FetchResult.NotModified) continue; // 304: nothing new since the last poll
      if (result instanceof FetchResult.Refused r) {
        log.accept("feed " + feed + " not fetched: " + r.reason());
        continue;
      }
      FetchResult.Fetched page = (FetchResult.Fetched) result;
      if (page.validators().isEmpty()) validators.remove(feed);
      else validators.put(feed, page.validators());
      if (!FeedPages.isFeed(page)) {
        log.accept("feed " + feed + " is not an RSS or Atom feed");
        continue;
      }
      List<Article> items = new ArrayList<>();
      reader.read(page.body(), page.url(), page.url(), i -> {
        if (i instanceof Ingested.Read read) items.add(read.article());
      });
      for (Article item : items.subList(0, Math.min(items.size(), maxItems))) {
        String key = item.url().orElse(item.id());
        if (!seen.add(key) || library.catalog().article(key).isPresent() || library.catalog().article(item.id()).isPresent()) {
          continue;
        }
        Article article = withPage(item);
        if (article.text().isBlank()) log.accept("item " + key + " has no text; skipped");
        else fresh.add(article);
      }
    }
    if (fresh.isEmpty()) return List.of();
    List<Stories.Assignment> added = library.addArticles(fresh);
    log.accept("feeds: " + added.size() + " new article(s) indexed");
    return added;
  }

  /** The item's page extracted and merged with the item, or the item as the feed gave it. */
  private Article withPage(Article item) {
    if (item.url().isEmpty()) return item;
    FetchResult linked = fetcher.fetch(item.url().get());
    if (linked instanceof FetchResult.Fetched f && !FeedPages.isFeed(f)) {
      Extraction x = extractor.extract(f.body(), f.charset(), Optional.of(f.url()));
      if (!x.text().isBlank() && x.isArticle()) return FeedPages.merge(x.toArticle(item.url().get(), f.url()), item);
    } else if (linked instanceof FetchResult.Refused r) {
      log.accept("item page " + item.url().get() + " not fetched (" + r.reason() + "); using the feed's text");
    }
    return item;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    fetcher.close();
  }
}
