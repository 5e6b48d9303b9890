package io.parallax.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source, before any cleaning.
 *
 * @param id stable identifier: the JSONL {@code id}, else the file name without extension
 * @param source where it was read from (a path, {@code path#line} for JSONL, a URL or WARC record)
 * @param outlet the publishing outlet ("CNN", "The Hill"), when known
 * @param agency the wire agency the text comes from ("AFP", "AP", "Reuters"), when known
 * @param title the headline, when known
 * @param published publication time, when known (a date alone is read as midnight UTC)
 * @param language BCP-47 language tag, when known
 * @param url canonical URL, when known
 * @param authors bylines, without "By", job titles or dates; empty when unknown
 * @param attributes further metadata of the source that Parallax does not interpret (e.g. the other
 *     scalar fields of a JSONL record, such as a grouping field), as text; empty when none
 * @param text the body text exactly as read; every {@link Span} of this article points into it
 */
public record Article(
    String id,
    String source,
    Optional<String> outlet,
    Optional<String> agency,
    Optional<String> title,
    Optional<OffsetDateTime> published,
    Optional<String> language,
    Optional<String> url,
    List<String> authors,
    Map<String, String> attributes,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(url, "url");
    authors = List.copyOf(authors);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Article id is blank (source " + source + ")");
    }
  }

  public static Builder builder(String id, String source, String text) {
    return new Builder(id, source, text);
  }

  public Builder toBuilder() {
    return new Builder(id, source, text)
        .outlet(outlet.orElse(null))
        .agency(agency.orElse(null))
        .title(title.orElse(null))
        .published(published.orElse(null))
        .language(language.orElse(null))
        .url(url.orElse(null))
        .authors(authors)
        .attributes(attributes);
  }

  /** Builds an {@link Article}; {@code null} or blank optional values mean "absent". */
  public static final class Builder {
    private String id;
    private String source;
    private String text;
    private String outlet;
    private String agency;
    private String title;
    private OffsetDateTime published;
    private String language;
    private String url;
    private List<String> authors = List.of();
    private Map<String, String> attributes = Map.of();

    private Builder(String id, String source, String text) {
      this.id = id;
      this.source = source;
      this.text = text;
    }

    public Builder id(String v) { this.id = v; return this; }
    public Builder source(String v) { this.source = v; return this; }
    public Builder text(String v) { this.text = v; return this; }
    public Builder outlet(String v) { this.outlet = v; return this; }
    public Builder agency(String v) { this.agency = v; return this; }
    public Builder title(String v) { this.title = v; return this; }
    public Builder published(OffsetDateTime v) { this.published = v; return this; }
    public Builder language(String v) { this.language = v; return this; }
    public Builder url(String v) { this.url = v; return this; }
    public Builder authors(List<String> v) { this.authors = v == null ? List.of() : v; return this; }
    public Builder attributes(Map<String, String> v) { this.attributes = v == null ? Map.of() : v; return this; }

    public Article build() {
      return new Article(id, source, opt(outlet), opt(agency), opt(title), Optional.ofNullable(published),
          opt(language), opt(url), authors, attributes, text);
    }

    private static Optional<String> opt(String v) {
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
  }
}
