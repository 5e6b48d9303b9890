package io.parallax.serve;

import io.parallax.compare.Comparison;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The reader's URLs, built from ids (any character) with each path segment percent-encoded. */
public final class Links {

  private Links() {}

  public static String event(String id) {
    return "/events/" + segment(id);
  }

  public static String storyline(String id) {
    return "/storylines/" + segment(id);
  }

  public static String article(String id) {
    return "/articles/" + segment(id);
  }

  /** The article page with {@code [start, end)} highlighted and scrolled to. */
  public static String span(String articleId, int start, int end) {
    return article(articleId) + "?hl=" + start + "-" + end + "#hl";
  }

  public static String evidence(Comparison.Evidence e) {
    return span(e.articleId(), e.span().start(), e.span().end());
  }

  public static String search(String query) {
    return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** Percent-encoded, except "/" (ids such as URLs keep their slashes: the routes take the rest of the path). */
  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
  }
}
