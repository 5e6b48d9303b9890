package io.parallax.extract;

import io.parallax.model.Article;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one web page yielded.
 *
 * @param text main text, paragraphs separated by a blank line ({@code "\n\n"}); empty when none found
 * @param title headline
 * @param published first publication time (a date alone is midnight UTC)
 * @param modified last modification time
 * @param authors bylines without "By", job titles or dates
 * @param outlet site name ("The Guardian")
 * @param url canonical URL (canonical link, og:url, JSON-LD, else the URL the page came from)
 * @param language BCP-47 tag ("en", "en-GB")
 * @param charset the charset the bytes were decoded with
 * @param warnings problems that did not stop the extraction (bad charset, truncated input...)
 * @param kind {@link PageKind#ARTICLE}, or what else the page is (a database error page, spam...):
 *     readers skip such pages with {@link PageKind#skipReason()}
 */
public record Extraction(
    String text,
    Optional<String> title,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    List<String> authors,
    Optional<String> outlet,
    Optional<String> url,
    Optional<String> language,
    String charset,
    List<String> warnings,
    PageKind kind) {

  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
    authors = List.copyOf(authors);
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(charset, "charset");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether the page is a news article (not an error, adult or spam page). */
  public boolean isArticle() {
    return kind == PageKind.ARTICLE;
  }

  /** The article this page is, under {@code id}, read from {@code source}. */
  public Article toArticle(String id, String source) {
    return Article.builder(id, source, text)
        .title(title.orElse(null))
        .published(published.orElse(null))
        .authors(authors)
        .outlet(outlet.orElse(null))
        .url(url.orElse(null))
        .language(language.orElse(null))
        .build();
  }
}
