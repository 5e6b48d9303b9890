package io.parallax.ingest;

import io.parallax.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTML converter: the text of the page's paragraphs, headings and list items (one per
 * paragraph, separated by blank lines), the {@code <title>} or {@code og:title}, and the
 * {@code og:site_name} as outlet. Navigation, scripts, asides, headers and footers are dropped.
 */
public final class JsoupHtmlConverter implements HtmlConverter {

  @Override
  public Article convert(String id, String source, byte[] html, Optional<String> url) {
    TextDecoder.checkNotBinary(html);
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url.orElse(""));
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure").remove();
    List<String> paragraphs = new ArrayList<>();
    for (Element e : doc.body().select("p, h2, h3, h4, li, blockquote")) {
      if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) continue;
      String t = e.text().strip();
      if (!t.isEmpty()) paragraphs.add(t);
    }
    if (paragraphs.isEmpty() && !doc.body().text().isBlank()) paragraphs.add(doc.body().text().strip());
    if (paragraphs.isEmpty()) throw new UnreadableInputException("HTML page with no visible text");
    String title = meta(doc, "og:title").orElse(doc.title());
    return Article.builder(id, source, String.join("\n\n", paragraphs))
        .title(title)
        .outlet(meta(doc, "og:site_name").orElse(null))
        .url(url.orElse(meta(doc, "og:url").orElse(null)))
        .language(doc.select("html[lang]").attr("lang"))
        .build();
  }

  private static Optional<String> meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content"));
  }
}
