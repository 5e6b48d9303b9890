package io.parallax.fetch;

import io.parallax.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What {@code parallax fetch} and the reader's feed polling share: telling feeds from pages, and merging a feed item with its page. */
public final class FeedPages {

  private FeedPages() {}

  /** The page's extraction, with the feed item's values where the page had none. */
  public static Article merge(Article page, Article item) {
    Article.Builder b = page.toBuilder();
    if (page.title().isEmpty()) {
      b.title(item.title().orElse(null));
    }
    if (page.published().isEmpty()) {
      b.published(item.published().orElse(null));
    }
    if (page.authors().isEmpty()) {
      b.authors(item.authors());
    }
    if (page.language().isEmpty()) {
      b.language(item.language().orElse(null));
    }
    return b.build();
  }

  /** Whether a fetched body is an RSS/Atom feed: by its Content-Type, else by its first kilobyte. */
  public static boolean isFeed(FetchResult.Fetched page) {
    String type = page.contentType().orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    if (type.contains("html")) {
      return false;
    }
    String head = new String(page.body(), 0, Math.min(page.body().length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }
}
