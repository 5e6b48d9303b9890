package io.parallax.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Dates;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata in trust order: JSON-LD, then OpenGraph, then other meta tags, then {@code <time>}
 * elements, then URL patterns, then a visible dateline. Read from the whole document before the
 * main-text step removes anything.
 */
record Metadata(
    Optional<String> title,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    List<String> authors,
    Optional<String> outlet,
    Optional<String> url,
    Optional<String> language,
    Optional<String> articleBody,
    Optional<String> rating) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report", "scholarlyarticle",
      "techarticle", "liveblogposting", "socialmediaposting", "posting", "webpage", "creativework");
  private static final Pattern JOB_WORDS = Pattern.compile(
      "(?i)\\b(correspondent|reporter|editor|editors|writer|staff|contributor|contributing|columnist|bureau|chief"
          + "|senior|associate|producer|analyst|journalist|news|desk|team|special to|for the|photographer"
          + "|updated|published|posted|minutes?|hours?|ago|read|email|twitter|follow|professor|director"
          + "|president|ceo|founder|author of|host|anchor|opinion|contributors|press|reuters|afp|agency|newsroom|wire"
          + "|media|agencies|editorial|admin|administrator|guest|international|group|inc|ltd|network|online|magazine"
          + "|channel|radio|tv|times|daily|weekly)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:»-]\\s+");
  private static final Pattern STAMP_TAIL = Pattern.compile("(?i)\\s*\\b(updated|published|posted|on)\\b.*$");
  private static final Pattern AUTHOR_SEPARATOR =
      Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|/|\\bwith\\b|(?<=\\p{Ll}{2})\\.\\s+)\\s*");
  private static final Set<String> NAME_PARTICLES = Set.of(
      "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "bin",
      "al", "el", "y", "e", "ibn", "st.");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("(?U)^[\\W_]+|[\\W&&[^.]]+$");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*(?:\\)|$)");
  /** Bylines that name nobody. */
  private static final Set<String> PLACEHOLDER_AUTHORS =
      Set.of("no author", "unknown", "unknown author", "anonymous", "n/a", "none", "not available", "null");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern BY_PREFIX = Pattern.compile(
      "(?i)^\\s*((written|posted|reported|story|words|text|photos?)\\s+)?(by|von|par|por|door|di|autor(in)?|author)\\s*:?\\s+");

  private static final Set<String> BYLINE_CLASSES =
      Set.of("byline", "author", "author-name", "byline__name", "byline-name");

  /** Everything metadata looks at, gathered in one pass over the document. */
  private static final class Scan {
    final List<Element> ldScripts = new ArrayList<>();
    final Map<String, String> meta = new LinkedHashMap<>();
    final Map<String, Element> itemprops = new LinkedHashMap<>();
    final List<Element> authorElements = new ArrayList<>();
    final List<Element> bylineClassed = new ArrayList<>();
    final List<Element> datelines = new ArrayList<>();
    String canonical;
    Element h1;
    Element pubTime;
    Element articleTime;
    Element anyTime;

    Scan(Document doc) {
      // elements only, in document order (text nodes, the bulk of the nodes, are never looked at)
      Element e = doc;
      while (e != null) {
        visit(e);
        Element next = e.firstElementChild();
        while (next == null && e != null && e != doc) {
          next = e.nextElementSibling();
          if (next == null) {
            e = e.parent();
          }
        }
        e = next;
      }
    }

    private void visit(Element e) {
      {
        String tag = e.normalName();
        switch (tag) {
          case "script" -> {
            if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
              ldScripts.add(e);
            }
          }
          case "meta" -> {
            if (e.hasAttr("content")) {
              String key = e.hasAttr("property") ? e.attr("property")
                  : e.hasAttr("name") ? e.attr("name")
                  : e.hasAttr("itemprop") ? e.attr("itemprop")
                  : e.attr("http-equiv");
              String value = e.attr("content").strip();
              if (!key.isEmpty() && !value.isEmpty()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), value);
              }
            }
          }
          case "link" -> {
            if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && !e.attr("href").isBlank()) {
              canonical = e.attr("href");
            }
          }
          case "h1" -> {
            if (h1 == null) {
              h1 = e;
            }
          }
          case "time" -> {
            if (e.hasAttr("datetime")) {
              if (pubTime == null && e.hasAttr("pubdate")) {
                pubTime = e;
              }
              if (articleTime == null && e.closest("article") != null) {
                articleTime = e;
              }
              if (anyTime == null) {
                anyTime = e;
              }
            }
          }
          default -> { }
        }
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty()) {
          itemprops.putIfAbsent(itemprop, e);
          if (itemprop.equals("author") && authorElements.size() < 12) {
            Element name = e.selectFirst("[itemprop=name]");
            authorElements.add(name != null ? name : e);
          }
        } else if (e.attr("rel").equalsIgnoreCase("author") && authorElements.size() < 12) {
          authorElements.add(e);
        }
        String cls = e.className();
        if (!cls.isEmpty() && (cls.length() < 40 || cls.contains("ate") || cls.contains("ime") || cls.contains("yline")
            || cls.contains("ATE") || cls.contains("IME") || cls.contains("YLINE"))) {
          String lower = cls.toLowerCase(Locale.ROOT);
          if (bylineClassed.size() < 3 && BYLINE_CLASSES.contains(lower)) {
            bylineClassed.add(e);
          }
          if (datelines.size() < 20 && (lower.contains("date") || lower.contains("time") || lower.contains("byline"))) {
            datelines.add(e);
          }
        } else if (tag.equals("time") && datelines.size() < 20) {
          datelines.add(e);
        }
      }
    }
  }

  static Metadata read(Document doc, Optional<String> pageUrl) {
    Scan scan = new Scan(doc);
    List<JsonNode> ld = jsonLd(scan.ldScripts);
    Map<String, String> meta = scan.meta;

    String title = first(
        ldText(ld, "headline"),
        meta.get("og:title"),
        meta.get("twitter:title"),
        meta.get("dc.title"),
        scan.h1 == null ? null : scan.h1.text(),
        cleanTitle(doc.title()));

    Optional<OffsetDateTime> published = firstDate(
        ldText(ld, "datePublished"), ldText(ld, "dateCreated"),
        meta.get("article:published_time"), meta.get("og:published_time"), meta.get("published_time"),
        meta.get("article:published"), meta.get("datepublished"), meta.get("pubdate"), meta.get("publishdate"),
        meta.get("publish-date"), meta.get("publish_date"), meta.get("date"), meta.get("dc.date.issued"),
        meta.get("dc.date"), meta.get("dcterms.created"), meta.get("sailthru.date"), meta.get("parsely-pub-date"),
        meta.get("article.published"), meta.get("original-publish-date"), meta.get("displaydate"),
        itemprop(scan, "datePublished"), timeElement(scan));
    if (published.isEmpty()) {
      published = Optional.ofNullable(first(scan.canonical, meta.get("og:url"), pageUrl.orElse(null)))
          .flatMap(Dates::fromUrl);
    }
    if (published.isEmpty()) {
      published = dateline(scan);
    }
    Optional<OffsetDateTime> modified = firstDate(
        ldText(ld, "dateModified"), meta.get("article:modified_time"), meta.get("og:updated_time"),
        meta.get("modified_time"), meta.get("dateModified"), meta.get("last-modified"), meta.get("dcterms.modified"),
        itemprop(scan, "dateModified"));

    List<String> authors = ldAuthors(ld);
    if (authors.isEmpty()) {
      for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
          "byl", "twitter:creator:name")) {
        String v = meta.get(key);
        if (v != null && !looksLikeUrl(v)) {
          authors = cleanAuthors(List.of(v));
          if (!authors.isEmpty()) {
            break;
          }
        }
      }
    }
    if (authors.isEmpty()) {
      List<String> raw = new ArrayList<>();
      for (Element e : scan.authorElements) {
        raw.add(e.hasAttr("content") ? e.attr("content") : e.text());
      }
      if (raw.isEmpty()) {
        for (Element e : scan.bylineClassed) {
          raw.add(e.text());
        }
      }
      authors = cleanAuthors(raw);
    }

    String outlet = first(meta.get("og:site_name"), ldPublisher(ld), meta.get("application-name"),
        meta.get("al:android:app_name"), meta.get("al:iphone:app_name"));

    String canonical = first(
        scan.canonical,
        meta.get("og:url"),
        ldText(ld, "url"),
        pageUrl.orElse(null));
    String url = canonical == null ? null : resolve(pageUrl, canonical);
    outlet = cleanOutlet(outlet);
    if (outlet == null && url != null) {
      // no site-name metadata (AMP and many small sites): the <title> part that spells the domain
      outlet = outletFromTitle(doc.title(), host(url));
    }
    if (outlet == null && url != null) {
      outlet = host(url);
    }
    String outletName = outlet;
    String host = url == null ? null : host(url);
    authors = authors.stream()
        .filter(a -> !a.equalsIgnoreCase(outletName) && !a.startsWith("The ")
            && !DOMAIN.matcher(a).find() && (host == null || !host.startsWith(a.toLowerCase(Locale.ROOT) + ".")))
        .toList();

    String language = first(
        doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("dc.language"),
        ldText(ld, "inLanguage"),
        meta.get("og:locale"));

    title = stripSiteSuffix(title, outletName, host);
    String body = ldText(ld, "articleBody");
    return new Metadata(opt(title), published, modified, authors, opt(outlet), opt(url),
        opt(language).map(Metadata::languageTag).filter(l -> !l.isEmpty()), opt(body), opt(meta.get("rating")));
  }

  // ---- JSON-LD

  private static List<JsonNode> jsonLd(List<Element> scripts) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : scripts) {
      String json = script.data().strip();
      if (json.isEmpty() || json.length() > 2_000_000) {
        continue;
      }
      try {
        collect(JSON.readTree(json), out, 0);
      } catch (JsonProcessingException | RuntimeException e) {
        // malformed JSON-LD is common; it is only evidence
      }
    }
    // articles first, then other types
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    for (JsonNode n : out) {
      (isArticle(n) ? articles : others).add(n);
    }
    articles.sort((a, b) -> Boolean.compare(isWebPage(a), isWebPage(b)));
    articles.addAll(others.stream().filter(n -> n.has("headline") || n.has("articleBody")).toList());
    return articles;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) {
        collect(node.get("@graph"), out, depth + 1);
      }
      if (node.has("mainEntity")) {
        collect(node.get("mainEntity"), out, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode n) {
    for (String t : types(n)) {
      if (ARTICLE_TYPES.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWebPage(JsonNode n) {
    return types(n).stream().anyMatch(t -> t.equals("webpage") || t.equals("creativework"));
  }

  private static List<String> types(JsonNode n) {
    JsonNode t = n.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
    } else {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v == null) {
        continue;
      }
      if (v.isArray() && !v.isEmpty()) {
        v = v.get(0);
      }
      if (v.isObject()) {
        v = v.has("@id") ? v.get("@id") : v.get("name");
      }
      if (v != null && v.isValueNode() && !v.asText().isBlank()) {
        return org.jsoup.parser.Parser.unescapeEntities(v.asText(), false).strip();
      }
    }
    return null;
  }

  private static List<String> ldAuthors(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.has("author") ? n.get("author") : n.get("creator");
      if (a == null) {
        continue;
      }
      List<String> raw = new ArrayList<>();
      for (JsonNode x : a.isArray() ? a : List.of(a)) {
        if (x.isObject()) {
          String type = types(x).stream().findFirst().orElse("person");
          if (type.equals("organization") && a.size() > 1) {
            continue;
          }
          JsonNode name = x.get("name");
          if (name != null && name.isValueNode()) {
            raw.add(name.asText());
          }
        } else if (x.isValueNode() && !looksLikeUrl(x.asText())) {
          raw.add(x.asText());
        }
      }
      List<String> cleaned = cleanAuthors(raw);
      if (!cleaned.isEmpty()) {
        return cleaned;
      }
    }
    return List.of();
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p != null && p.isArray() && !p.isEmpty()) {
        p = p.get(0);
      }
      if (p != null && p.isObject() && p.has("name") && !p.get("name").asText().isBlank()) {
        return p.get("name").asText().strip();
      }
      if (p != null && p.isTextual() && !p.asText().isBlank()) {
        return p.asText().strip();
      }
    }
    return null;
  }

  // ---- meta tags and visible evidence

  private static String itemprop(Scan scan, String prop) {
    Element e = scan.itemprops.get(prop);
    if (e == null) {
      return null;
    }
    return first(e.attr("content"), e.attr("datetime"), e.text());
  }

  private static String timeElement(Scan scan) {
    Element pub = scan.pubTime != null ? scan.pubTime : scan.articleTime != null ? scan.articleTime : scan.anyTime;
    return pub == null ? null : pub.attr("datetime");
  }

  private static Optional<OffsetDateTime> dateline(Scan scan) {
    for (Element e : scan.datelines) {
      String t = e.text();
      if (t.length() < 120) {
        Optional<OffsetDateTime> d = Dates.textual(t);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    // a dateline just under the headline: the next few short siblings of the h1
    if (scan.h1 != null) {
      int seen = 0;
      for (Element e = scan.h1.nextElementSibling(); e != null && seen < 5; e = e.nextElementSibling(), seen++) {
        String t = e.text();
        if (t.length() < 120) {
          Optional<OffsetDateTime> d = Dates.textual(t);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern DOMAIN = Pattern.compile("(?i)\\.(com|org|net|co|info|news|[a-z]{2})\\b");
  private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s+[|–—»>-]\\s+|\\s*[|]\\s*|:\\s+");

  /** "LinkNaija | Nigeria's news platform" and "NYT > Top Stories" give the first part; a URL gives its host. */
  static String cleanOutlet(String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return null;
    }
    if (outlet.startsWith("http://") || outlet.startsWith("https://")) {
      return host(outlet);
    }
    String first = OUTLET_SEPARATOR.split(outlet.strip(), 2)[0].strip();
    return first.isEmpty() ? outlet.strip() : first;
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HOST_PREFIX = Pattern.compile("^(?:www\\d?|amp|m|mobile|edition|beta)\\.");

  /**
   * The site name in a {@code <title>} such as "Headline – The Coastal Courier" or "Coastal Courier |
   * Headline": the part before the first or after the last separator whose letters spell the first
   * label of {@code host} (an optional leading "The" aside), e.g. "coastalcourier.example".
   */
  static String outletFromTitle(String title, String host) {
    if (title == null || host == null) return null;
    String label = HOST_PREFIX.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
    label = label.contains(".") ? label.substring(0, label.indexOf('.')) : label;
    label = NOT_LETTERS.matcher(label).replaceAll("");
    if (label.length() < 3) return null;
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length < 2) return null;
    for (String part : List.of(parts[parts.length - 1], parts[0])) {
      String p = part.strip();
      String letters = NOT_LETTERS.matcher(p.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "")).replaceAll("");
      if (letters.equals(label) || (letters.length() >= 3 && label.startsWith(letters))
          || (letters.startsWith(label) && p.split("\\s+").length <= 4)) {
        return p;
      }
    }
    return null;
  }

  /** "Headline | Site" or "Headline - Site": keeps the longest part. */
  static String cleanTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p;
      }
    }
    return best.strip();
  }

  private static final Pattern DATE_LIKE = Pattern.compile("[\\d./\\-\\s]+");

  /**
   * "Headline | DW | 19.01.2020" and "Headline - BBC News" give "Headline": a trailing part after
   * " | " (or " - ", " – ", " — ") is dropped, repeatedly, when the rest is at least twice as long and
   * the part names the outlet or its host, is a date, or (after " | ") has at most three words.
   */
  static String stripSiteSuffix(String title, String outlet, String host) {
    if (title == null) return null;
    String t = title.strip();
    while (true) {
      int cut = -1;
      char sep = 0;
      for (String s : List.of(" | ", " - ", " \u2013 ", " \u2014 ")) {
        int i = t.lastIndexOf(s);
        if (i > cut) {
          cut = i;
          sep = s.charAt(1);
        }
      }
      if (cut <= 0) return t;
      String head = t.substring(0, cut).strip();
      String tail = t.substring(cut + 3).strip();
      String bare = tail.toLowerCase(Locale.ROOT).replace(" ", "");
      boolean site = (outlet != null && tail.equalsIgnoreCase(outlet))
          || (host != null && !bare.isEmpty() && host.toLowerCase(Locale.ROOT).contains(bare))
          || DATE_LIKE.matcher(tail).matches()
          || (sep == '|' && tail.split("\\s+").length <= 3);
      if (!site || head.length() < 2 * tail.length()) return t;
      t = head;
    }
  }

  // ---- authors

  /** "By Jane Doe and John Roe, Staff Writers" becomes [Jane Doe, John Roe]. */
  static List<String> cleanAuthors(List<String> raw) {
    List<String> out = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      String s = org.jsoup.parser.Parser.unescapeEntities(r, false); // "O&#8217;Donnell" is one name
      s = PARENTHESES.matcher(s).replaceAll(" "); // "Maanvi Singh (now with the Guardian)"
      s = SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
      s = BY_PREFIX.matcher(s).replaceFirst("");
      s = STAMP_TAIL.matcher(s).replaceAll("");
      for (String part : AUTHOR_SEPARATOR.split(s)) parts.add(namePart(part));
    }
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      // "Hamburg, Germany" (or ["Hamburg", "Germany"]) is a dateline, not two people: a listed place
      // goes, and so does a single word right before one
      if (Places.contains(p) || (!p.contains(" ") && i + 1 < parts.size() && Places.contains(parts.get(i + 1)))) {
        continue;
      }
      if (p.isEmpty() || p.length() > 60 || DIGIT.matcher(p).find() || p.contains("@") || looksLikeUrl(p)) {
        continue;
      }
      if (JOB_WORDS.matcher(p).find()) {
        continue;
      }
      String[] words = p.split(" ");
      if (words.length > 5 || !Character.isUpperCase(p.codePointAt(0))) {
        continue;
      }
      boolean nameLike = true;
      for (String w : words) {
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !NAME_PARTICLES.contains(w)) {
          nameLike = false;
        }
      }
      if (!nameLike) {
        continue;
      }
      if (PLACEHOLDER_AUTHORS.contains(p.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (out.stream().noneMatch(x -> x.equalsIgnoreCase(p))) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  private static String namePart(String part) {
    return EDGE_PUNCTUATION.matcher(BY_PREFIX.matcher(part.strip()).replaceFirst("")).replaceAll("").strip();
  }

  // ---- helpers

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.") || s.startsWith("/");
  }

  static String languageTag(String raw) {
    String s = raw.strip().replace('_', '-');
    int semicolon = s.indexOf(',');
    if (semicolon > 0) {
      s = s.substring(0, semicolon);
    }
    if (!LANGUAGE.matcher(s).matches()) {
      return "";
    }
    return Locale.forLanguageTag(s).toLanguageTag();
  }

  private static String resolve(Optional<String> base, String href) {
    try {
      if (base.isPresent()) {
        return new URI(base.get()).resolve(href.strip()).toString();
      }
      URI u = new URI(href.strip());
      return u.isAbsolute() ? u.toString() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return href.startsWith("http") ? href.strip() : null;
    }
  }

  private static String host(String url) {
    try {
      String h = new URI(url).getHost();
      return h == null ? null : h.replaceFirst("^www\\.", "");
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static Optional<OffsetDateTime> firstDate(String... values) {
    for (String v : values) {
      Optional<OffsetDateTime> d = Dates.parse(v);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return SPACES.matcher(v.replace('\u00A0', ' ')).replaceAll(" ").strip();
      }
    }
    return null;
  }

  private static Optional<String> opt(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
