package io.parallax.extract;

import io.parallax.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the main text and metadata of one web page. Thread-safe and stateless; construct once.
 *
 * <p>Bounded: input beyond {@link #MAX_BYTES} is cut (with a warning), every traversal is iterative
 * and linear, so hostile pages (deep nesting, megabytes of inline script, broken markup, lying
 * charsets) cost time and memory in proportion to their size and never throw.
 */
public final class HtmlExtractor {

  /** Pages larger than this are truncated before parsing. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  public HtmlExtractor() {}

  /**
   * @param html the page bytes as received
   * @param declaredCharset charset from the HTTP {@code Content-Type} (or WARC header), if any
   * @param url the URL the page was fetched from, if known (resolves the canonical URL, dates in paths)
   */
  public Extraction extract(byte[] html, Optional<String> declaredCharset, Optional<String> url) {
    List<String> warnings = new ArrayList<>();
    byte[] bytes = html;
    if (bytes.length > MAX_BYTES) {
      warnings.add(String.format(java.util.Locale.ROOT, "page is larger than %,d bytes; only the first %,d were read",
          MAX_BYTES, MAX_BYTES));
      bytes = Arrays.copyOf(bytes, MAX_BYTES);
    }
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, declaredCharset, Prefilter::strip);
    warnings.addAll(decoded.warnings());
    Document doc = Jsoup.parse(decoded.text(), url.orElse(""));
    Metadata meta = Metadata.read(doc, url);
    String text = MainText.extract(doc);
    text = preferArticleBody(text, meta.articleBody(), warnings);
    if (text.isEmpty()) {
      warnings.add("no main text found");
    }
    PageKind kind = text.isEmpty() ? PageKind.ARTICLE
        : PageKind.of(meta.title().or(() -> Optional.ofNullable(doc.title())), text, meta.rating());
    return new Extraction(text, meta.title(), meta.published(), meta.modified(), meta.authors(), meta.outlet(),
        meta.url(), meta.language(), decoded.charset().name(), warnings, kind);
  }

  /**
   * Text of an HTML fragment that is body text as a whole, such as a feed item's content or
   * description: markup becomes paragraphs, scripts and stock boilerplate lines go, nothing else is
   * selected away.
   */
  public String fragmentText(String html) {
    String s = html.length() > MAX_BYTES ? html.substring(0, MAX_BYTES) : html;
    return MainText.fragment(Jsoup.parseBodyFragment(s));
  }

  /** An outlet name as sites and feeds write it, cleaned: "The Courier – News" gives "The Courier". */
  public static Optional<String> outletName(String raw) {
    return Optional.ofNullable(Metadata.cleanOutlet(raw));
  }

  /** Convenience for a page already decoded to a string. */
  public Extraction extract(String html, Optional<String> url) {
    return extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.of("UTF-8"), url);
  }

  /** Extracts {@code html} and turns it into an {@link Article} with {@code id} read from {@code source}. */
  public Article article(String id, String source, byte[] html, Optional<String> declaredCharset,
      Optional<String> url) {
    return extract(html, declaredCharset, url).toArticle(id, source);
  }

  /**
   * The article a page is, with the charset detected from the page itself: the shape of the
   * ingestor's {@code HtmlConverter}, so {@code extractor::convert} plugs in there.
   */
  public Article convert(String id, String source, byte[] html, Optional<String> url) {
    return extract(html, Optional.empty(), url).toArticle(id, source);
  }

  /**
   * JSON-LD {@code articleBody} is the publisher's own statement of the body. It replaces the
   * block-scored text when that text misses most of it (wrong container, or content rendered by
   * script); otherwise the scored text wins because it keeps paragraph structure and the parts a
   * truncated {@code articleBody} lacks.
   */
  private static String preferArticleBody(String text, Optional<String> articleBody, List<String> warnings) {
    if (articleBody.isEmpty()) {
      return text;
    }
    String body = bodyText(articleBody.get());
    List<String> bodyWords = words(body);
    if (bodyWords.size() < 50) {
      return text;
    }
    List<String> textWords = words(text);
    double covered = coverage(bodyWords, textWords);
    if (covered < 0.5 && bodyWords.size() > 0.5 * textWords.size()) {
      warnings.add("used JSON-LD articleBody: block scoring found only " + Math.round(covered * 100)
          + "% of it");
      return body;
    }
    return text;
  }

  private static String bodyText(String raw) {
    String s = raw;
    if (s.contains("<") && s.contains(">")) {
      Document d = Jsoup.parseBodyFragment(s);
      d.select("script, style").remove();
      StringBuilder out = new StringBuilder();
      for (var p : d.body().select("p, h2, h3, h4, li, blockquote")) {
        if (p.select("p").size() <= (p.normalName().equals("p") ? 1 : 0)) {
          out.append(p.text()).append("\n\n");
        }
      }
      s = out.isEmpty() ? d.body().text() : out.toString();
    } else {
      s = Parser.unescapeEntities(s, false);
    }
    List<String> paragraphs = new ArrayList<>();
    for (String p : s.split("\\s*\\n\\s*(\\n\\s*)*")) {
      String t = MainText.normalise(p);
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** Share of the 3-word shingles of {@code reference} that also occur in {@code candidate}. */
  static double coverage(List<String> reference, List<String> candidate) {
    Set<String> have = new HashSet<>();
    for (int i = 0; i + 3 <= candidate.size(); i++) {
      have.add(candidate.get(i) + " " + candidate.get(i + 1) + " " + candidate.get(i + 2));
    }
    int total = 0;
    int hit = 0;
    for (int i = 0; i + 3 <= reference.size(); i++) {
      total++;
      if (have.contains(reference.get(i) + " " + reference.get(i + 1) + " " + reference.get(i + 2))) {
        hit++;
      }
    }
    return total == 0 ? 0 : (double) hit / total;
  }
}
