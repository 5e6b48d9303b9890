package io.parallax.ingest;

import io.parallax.model.Article;
import java.util.Optional;

/** Turns the bytes of an HTML page into an article: main text and whatever metadata the page holds. */
@FunctionalInterface
public interface HtmlConverter {

  Article convert(String id, String source, byte[] html, Optional<String> url);
}
