package io.parallax.extract;

import io.parallax.model.Dates;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a page by scoring blocks, with no per-site rules.
 *
 * <ol>
 *   <li>Drops what is never body text: scripts, styles, forms controls, navigation, asides, footers,
 *       hidden elements and ARIA landmarks for navigation, banners and complementary content.
 *   <li>Measures every element in one pass (text, link text, commas, direct paragraph text).
 *   <li>Scores each paragraph-like block by length and commas and credits its ancestors with decay;
 *       an ancestor's score is weighted by its tag and its class/id evidence and discounted by its
 *       link density. The best ancestor is the content container; siblings that look like
 *       continuation of the article are joined to it.
 *   <li>Inside the container, removes subtrees whose class/id say share bar, related links,
 *       newsletter, caption, comments, paywall, byline..., and link lists.
 *   <li>Emits paragraphs in document order, dropping link-dominated blocks and stock boilerplate
 *       lines ("Advertisement", "Sign up for our newsletter", "Share this article").
 * </ol>
 *
 * <p>All traversals are iterative (jsoup's {@link NodeTraversor}), so deeply nested markup cannot
 * overflow the stack; the work is linear in the size of the document.
 */
final class MainText {

  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
      "textarea", "option", "nav", "aside", "footer", "object", "embed", "video", "audio", "figcaption",
      "dialog", "menu", "head", "math", "map", "picture", "source", "link", "meta", "header",
      "amp-ad", "amp-analytics", "amp-social-share", "amp-sidebar", "amp-iframe", "amp-img", "amp-video");
  private static final Set<String> DROP_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert",
      "alertdialog", "search", "toolbar", "tablist", "button");
  static final Set<String> INLINE = Set.of(
      "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
      "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "ins",
      "del", "big", "tt", "strike", "nobr", "img", "#root");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** class/id tokens that mark boilerplate. */
  private static final Set<String> NEGATIVE = Set.of(
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "shares",
      "social", "sharebar", "related", "recommended", "recommendations", "recirc", "recirculation",
      "comment", "comments", "disqus", "newsletter", "subscribe", "subscription", "signup", "promo",
      "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "dfp", "sponsor",
      "sponsored", "sidebar", "footer", "masthead", "banner", "popup", "modal", "cookie", "gdpr",
      "consent", "paywall", "caption", "captions", "credit", "credits", "widget", "toolbar", "tools",
      "pagination", "pager", "outbrain", "taboola", "trending", "popular", "print", "rss", "login",
      "byline", "author", "authors", "dateline", "timestamp", "date", "tags", "tag", "topics", "more",
      "teaser", "teasers", "card", "cards", "follow", "newsletters", "bio", "meta", "hidden", "hide",
      "skip", "embed", "video", "photo", "gallery", "figure", "image", "img", "inline", "aside",
      "callout", "flyout", "breaking", "alert", "header", "shoutbox", "community", "feedback",
      "correction", "disclaimer", "donate", "membership", "offer", "offers", "cta", "lightbox");
  /** tokens that mark body text. */
  private static final Set<String> POSITIVE = Set.of(
      "article", "body", "content", "entry", "post", "story", "text", "main", "blog", "prose",
      "richtext", "paragraph", "hentry", "articlebody", "storybody", "postbody", "entrycontent");
  /** negative tokens strong enough to remove an element inside the content even when also positive. */
  private static final Set<String> STRONG_NEGATIVE = Set.of(
      "share", "sharing", "social", "related", "recommended", "recirc", "comment", "comments",
      "newsletter", "subscribe", "signup", "promo", "advert", "advertisement", "ad", "ads", "caption",
      "credit", "paywall", "outbrain", "taboola", "byline", "dateline", "sidebar", "breadcrumb",
      "breadcrumbs", "trending", "popular", "gallery", "disclaimer", "donate", "cta");

  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "(?iU)^(advertisement|advertising|advert|sponsored( content)?|ad|adv|\\d* ?comments?|leave a (comment|reply).*"
          + "|tell us what you think.*|.{0,60}requires javascript.*|(please )?enable javascript.*|\\[[^\\]]*\\].{0,80}\\[/\\w+\\]"
          + "|story continues below( advertisement)?"
          + "|continue reading( below)?|read more|read next|read also|see also|related( articles| stories| content| coverage)?:?"
          + "|share( this)?( article| story| post| page)?( on)?( \\w+)?|(tweet|email|print|comment)( this)?( article| story)?"
          + "|click here.*|sign up.*|subscribe.*|follow us.*|follow @?\\S+ on .*|get the .* newsletter.*"
          + "|copyright.*|©.*|all rights reserved.*|photo:.*|image:.*|credit:.*|photograph:.*|getty images"
          + "|(image|photo|picture) (source|credit).*|skip (to|advertisement).*|we'?ve noticed .*"
          + "|you have \\d+ (free )?articles? (left|remaining).*|already (a subscriber|have an account).*"
          + "|(log|sign) in( to .*)?|loading\\.*|close|menu|search|more|top|back to top|\\W*)\\.?$");
  private static final Pattern BYLINE_LINE = Pattern.compile(
      "(?i)^(by|von|par|por|door|di)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+[\\p{L}.'-]+){0,4}"
          + "(\\s*(,|and|&|und|et|y|e)\\s*\\p{Lu}[\\p{L}.'-]+(\\s+[\\p{L}.'-]+){0,4})*\\s*([,|·•-].{0,60})?$");
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^((published|updated|posted|last (updated|modified)|modified|first published|on)\\s*:?\\s*)?"
          + "((mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s+)?"
          + "(\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
          + "([\\s,|·•at-]+\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*[A-Z]{2,4})?)?\\.?$");
  /** short paragraphs selling a newsletter, subscription or social account. */
  private static final Pattern PROMO = Pattern.compile(
      "(?iU)((sign up|subscribe|register) (for|to|now|today|here)\\b.{0,80}\\b(newsletter|inbox|email|updates|digest)"
          + "|\\b(newsletter|inbox)\\b.{0,60}\\b(sign up|subscribe)"
          + "|^follow\\b.{0,80}\\b(twitter|facebook|instagram|linkedin|youtube)\\b"
          + "|^(you (may|might) (also )?(like|enjoy)|sharing is caring|more from\\b|recommended for you|most (read|popular)\\b)"
          + "|^(like|enjoy|enjoyed|liked) (this|the) (story|article|post)\\b|\\bshare (it|this) with (a|your) friends?\\b"
          + "|^(by|opinion columnist|staff writer|contributor)$)");
  /** "Posted: Fri 6:45 PM, Feb 16, 2018 |", "Updated 3 hours ago". */
  private static final Pattern STAMP_LINE = Pattern.compile(
      "(?i)^(posted|updated|published|last updated|modified|first published|created)\\b\\s*(on|at)?:?.{0,40}"
          + "(\\d{1,2}:\\d{2}|\\d{4}|\\bago\\b)");
  /** wire-style credits: "(Reporting by A; editing by B)". */
  private static final Pattern CREDITS_LINE = Pattern.compile(
      "(?i)^[(\\[]?(reporting|writing|editing|additional reporting|compiled|written|edited|produced|translated)"
          + " by\\b.*");
  /** a site or author name followed by a date: "LinkNaija August 08, 2018". */
  private static final Pattern NAMED_DATE_LINE = Pattern.compile(
      "(?iU)^\\p{L}[\\p{L}.' -]{0,40}\\s+(\\p{L}{3,9}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4})$");
  private static final Pattern READING_TIME = Pattern.compile("(?i)^\\d+\\s*(min|minute)s?( read)?$");

  /** marks a {@code <br>} in the text buffer until normalisation turns it into a newline. */
  private static final char BR = '\u0001';

  private MainText() {}

  /** Per-element measurements. */
  private static final class Stat {
    int chars;
    int linkChars;
    int commas;
    /** text whose nearest block ancestor is this element. */
    int directChars;
    int directLinkChars;
    int directCommas;
    /** content score of this element's own paragraphs (text runs split at {@code <br>}). */
    double directScore;
    int segChars;
    int segLinkChars;
    int segCommas;
    /** inside a comment thread or similar user-generated region. */
    boolean discussion;
    /** not an inline element. */
    boolean block;
    /** class/id evidence: {@link #NEG}, {@link #POS}, {@link #STRONG}, {@link #DISC} bits. */
    int names;
    double score;
    boolean candidate;

    void closeSegment() {
      if (segChars >= 25 && segLinkChars <= 0.5 * segChars) {
        directScore += 1 + segCommas + Math.min(segChars / 100, 3);
      }
      segChars = 0;
      segLinkChars = 0;
      segCommas = 0;
    }
  }

  private static final Set<String> DISCUSSION = Set.of(
      "comment", "comments", "disqus", "reply", "replies", "respond", "discussion", "forum", "reviews");

  private static final int NEG = 1;
  private static final int POS = 2;
  private static final int STRONG = 4;
  private static final int DISC = 8;

  /** The class/id evidence of {@code e}, read once; {@code cache} holds the answers for this page. */
  private static int names(Element e, Map<String, Integer> cache) {
    if (e.attributesSize() == 0) {
      return 0;
    }
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return 0;
    }
    // tokens never span the two values, so the flags of "class id" are those of each, or-ed
    return cachedFlags(cls, cache) | cachedFlags(id, cache);
  }

  private static int cachedFlags(String names, Map<String, Integer> cache) {
    if (names.isEmpty()) {
      return 0;
    }
    Integer known = cache.get(names);
    if (known != null) {
      return known;
    }
    int flags = flags(names);
    cache.put(names, flags);
    return flags;
  }

  private static int flags(String names) {
    int flags = 0;
    for (String t : tokens(names)) {
      if (NEGATIVE.contains(t)) {
        flags |= NEG;
      }
      if (POSITIVE.contains(t)) {
        flags |= POS;
      }
      if (STRONG_NEGATIVE.contains(t)) {
        flags |= STRONG;
      }
      if (DISCUSSION.contains(t)) {
        flags |= DISC;
      }
    }
    return flags;
  }

  /** Extracts the main text of {@code doc} (which it modifies) as paragraphs joined by blank lines. */
  static String extract(Document doc) {
    Element body = doc.body();
    prune(body);
    Map<Element, Stat> stats = measure(body);
    Element top = chooseContainer(body, stats);
    if (top == null) {
      return "";
    }
    List<Element> parts = withSiblings(top, stats);
    int total = 0;
    for (Element part : parts) {
      total += stat(stats, part).chars;
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element part : parts) {
      cleanInside(part, stats, total);
      emit(part, paragraphs);
    }
    return String.join("\n\n", trimEdges(paragraphs));
  }

  /** Text of an HTML fragment that is all body (a feed item): paragraphs, no container selection. */
  static String fragment(Document doc) {
    Element body = doc.body();
    prune(body);
    List<String> paragraphs = new ArrayList<>();
    emit(body, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  // ---- 1. pruning

  private static void prune(Element root) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        if (node instanceof Element e && depth > 0 && dropAlways(e)) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private static boolean dropAlways(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      return !(tag.equals("header") && e.getElementsByTag("p").size() > 3);
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && DROP_ROLES.contains(role)) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return false;
  }

  // ---- 2. measuring

  private static Map<Element, Stat> measure(Element root) {
    Map<Element, Stat> stats = new IdentityHashMap<>();
    Map<String, Integer> nameCache = new java.util.HashMap<>();
    // the stats of the open elements, innermost first, and of the open block elements
    Deque<Stat> path = new ArrayDeque<>();
    Deque<Stat> blocks = new ArrayDeque<>();
    int[] linkDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Stat st = new Stat();
          Stat parentStat = path.peek();
          st.names = names(e, nameCache);
          st.discussion = (parentStat != null && parentStat.discussion) || (st.names & DISC) != 0;
          stats.put(e, st);
          path.push(st);
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth[0]++;
          } else if (tag.equals("br") && !blocks.isEmpty()) {
            blocks.peek().closeSegment();
          }
          st.block = !INLINE.contains(tag);
          if (st.block) {
            blocks.push(st);
          }
        } else if (node instanceof TextNode t && !blocks.isEmpty()) {
          String s = t.getWholeText();
          int n = nonSpace(s);
          if (n == 0) {
            return;
          }
          int commas = commas(s);
          Stat ps = path.peek();
          ps.chars += n;
          ps.commas += commas;
          boolean inLink = linkDepth[0] > 0;
          if (inLink) {
            ps.linkChars += n;
          }
          Stat bs = blocks.peek();
          bs.directChars += n;
          bs.directCommas += commas;
          bs.segChars += n;
          bs.segCommas += commas;
          if (inLink) {
            bs.directLinkChars += n;
            bs.segLinkChars += n;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.normalName().equals("a")) {
            linkDepth[0]--;
          }
          Stat s = path.pop();
          if (s.block) {
            s.closeSegment();
            blocks.pop();
          }
          Stat ps = path.peek();
          if (ps != null) {
            ps.chars += s.chars;
            ps.linkChars += s.linkChars;
            ps.commas += s.commas;
          }
        }
      }
    }, root);
    return stats;
  }


  private static Stat stat(Map<Element, Stat> stats, Element e) {
    Stat s = stats.get(e);
    return s == null ? new Stat() : s;
  }

  // ---- 3. scoring

  private static Element chooseContainer(Element body, Map<Element, Stat> stats) {
    List<Element> candidates = new ArrayList<>();
    for (Map.Entry<Element, Stat> entry : stats.entrySet()) {
      Element block = entry.getKey();
      Stat s = entry.getValue();
      if (s.directScore <= 0 || s.discussion || inCard(block, stats)) {
        continue;
      }
      if (HEADINGS.contains(block.normalName()) || block.normalName().equals("li")) {
        continue;
      }
      double content = s.directScore;
      // a block of text directly inside a container (text plus <br>) scores its own element
      Element ancestor = block.normalName().equals("p") || block.normalName().equals("pre")
          || block.normalName().equals("td") || block.normalName().equals("blockquote")
          ? block.parent() : block;
      for (int level = 0; ancestor != null && level < 5; level++) {
        Stat as = stats.get(ancestor);
        if (as == null) {
          break;
        }
        if (!as.candidate) {
          as.candidate = true;
          as.score = initialScore(ancestor, as);
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        as.score += content / divider;
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Element c : candidates) {
      Stat s = stats.get(c);
      double density = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
      s.score *= 1 - density;
      if (s.score > best) {
        best = s.score;
        top = c;
      }
    }
    if (top == null) {
      return body;
    }
    // several strong candidates under one ancestor: the article is split into parts
    Element finalTop = top;
    List<Element> alternatives = candidates.stream()
        .sorted(Comparator.comparingDouble((Element c) -> -stats.get(c).score))
        .limit(5)
        .filter(c -> c != finalTop && stats.get(c).score >= 0.75 * stats.get(finalTop).score)
        .toList();
    if (alternatives.size() >= 2) {
      Element ancestor = top.parent();
      while (ancestor != null && ancestor != body) {
        int contained = 0;
        for (Element alt : alternatives) {
          if (isAncestor(ancestor, alt)) {
            contained++;
          }
        }
        if (contained >= 2) {
          top = ancestor;
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    // a container that is the only child of its parent: take the parent
    while (top.parent() != null && top != body && top.parent() != body
        && stat(stats, top.parent()).chars <= stat(stats, top).chars) {
      top = top.parent();
    }
    return top;
  }

  /**
   * Whether {@code block} sits in a teaser card: a small element (under 600 characters) whose first
   * children include a heading that is a link, as in "more stories" grids.
   */
  private static boolean inCard(Element block, Map<Element, Stat> stats) {
    Element e = block.normalName().equals("p") ? block.parent() : block;
    for (int level = 0; e != null && level < 2; level++, e = e.parent()) {
      Stat s = stats.get(e);
      if (s == null || s.chars >= 600) {
        return false;
      }
      if (isCard(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCard(Element e) {
    int seen = 0;
    for (Element c : e.children()) {
      if (seen++ >= 3) {
        break;
      }
      String tag = c.normalName();
      if (HEADINGS.contains(tag) && !tag.equals("h1")) {
        Element a = c.selectFirst("a");
        if (a != null && a.text().length() >= 0.5 * c.text().length()) {
          return true;
        }
      } else if (tag.equals("a") && c.selectFirst("h2, h3, h4, h5") != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element e, Stat stat) {
    double score = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 10;
    }
    if ((stat.names & NEG) != 0) {
      score -= 25;
    }
    if ((stat.names & POS) != 0) {
      score += 25;
    }
    return score;
  }

  /** Splits class/id values into lower-case words: "socialShare-bar__item" gives social, share, bar, item. */
  static List<String> tokens(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev) && !word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
        word.append(Character.toLowerCase(c));
      } else {
        if (!word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
      }
      prev = c;
    }
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }

  private static List<Element> withSiblings(Element top, Map<Element, Stat> stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, stat(stats, top).score * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      Stat s = stat(stats, sibling);
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
          ? stat(stats, top).score * 0.2 : 0;
      if (s.candidate && s.score + bonus >= threshold) {
        parts.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("p") && s.chars > 0) {
        double density = (double) s.linkChars / s.chars;
        String text = sibling.text();
        if ((s.chars > 80 && density < 0.25)
            || (s.chars > 0 && density == 0 && text.matches("(?s).*\\.( |$).*"))) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  // ---- 4. cleaning inside the container

  private static void cleanInside(Element part, Map<Element, Stat> stats, int total) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth == 0 || !(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        Stat s = stat(stats, e);
        String tag = e.normalName();
        if (HEADINGS.contains(tag) || tag.equals("p")) {
          return FilterResult.CONTINUE;
        }
        boolean small = s.chars < 0.5 * total;
        if (small && ((s.names & STRONG) != 0 || (s.names & (NEG | POS)) == NEG)) {
          return FilterResult.REMOVE;
        }
        double density = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
        if ((tag.equals("ul") || tag.equals("ol")) && density > 0.5 && small) {
          return FilterResult.REMOVE;
        }
        if ((tag.equals("div") || tag.equals("section") || tag.equals("table")) && density > 0.5 && small) {
          return FilterResult.REMOVE;
        }
        if (s.chars < 600 && s.chars < 0.3 * total && isCard(e)) {
          return FilterResult.REMOVE;
        }
        if (tag.equals("figure") && e.getElementsByTag("p").isEmpty()) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, part);
  }

  // ---- 5. emitting paragraphs

  private record Block(String text, int chars, int linkChars, String tag) {}

  private static void emit(Element part, List<String> out) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder buf = new StringBuilder();
    int[] counts = new int[2]; // chars, link chars
    Deque<String> blockTags = new ArrayDeque<>();
    int[] linkDepth = {0};
    Runnable flush = () -> {
      String text = normalise(buf);
      if (!text.isEmpty()) {
        blocks.add(new Block(text, counts[0], counts[1], blockTags.isEmpty() ? "div" : blockTags.peek()));
      }
      buf.setLength(0);
      counts[0] = 0;
      counts[1] = 0;
    };
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          buf.append(s);
          int n = nonSpace(s);
          counts[0] += n;
          if (linkDepth[0] > 0) {
            counts[1] += n;
          }
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth[0]++;
          } else if (tag.equals("br")) {
            if (endsWithBreak(buf)) {
              flush.run();
            } else {
              buf.append(BR);
            }
          } else if (tag.equals("td") || tag.equals("th")) {
            buf.append(' ');
          } else if (!INLINE.contains(tag)) {
            flush.run();
            blockTags.push(tag);
          } else if (tag.equals("img")) {
            buf.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth[0]--;
          } else if (tag.equals("td") || tag.equals("th")) {
            buf.append(' ');
          } else if (!INLINE.contains(tag) && !tag.equals("br")) {
            flush.run();
            if (!blockTags.isEmpty()) {
              blockTags.pop();
            }
          }
        }
      }
    }, part);
    flush.run();
    String previous = null;
    for (Block b : blocks) {
      if (keep(b) && !b.text.equals(previous)) {
        if (b.text.indexOf('\n') < 0) {
          out.add(b.text); // a single line, already checked by keep()
          previous = b.text;
          continue;
        }
        for (String line : b.text.split("\n")) {
          String l = line.strip();
          if (!l.isEmpty() && (l.length() > 200 || !BOILERPLATE_LINE.matcher(l).matches()) && !isNotice(l)) {
            out.add(l);
          }
        }
        previous = b.text;
      }
    }
  }

  private static boolean endsWithBreak(StringBuilder buf) {
    for (int i = buf.length() - 1; i >= 0; i--) {
      char c = buf.charAt(i);
      if (c == BR) {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        return false;
      }
    }
    return false;
  }

  private static boolean keep(Block b) {
    if (b.tag.equals("h1")) {
      return false;
    }
    double density = b.chars == 0 ? 1 : (double) b.linkChars / b.chars;
    if (density > 0.5 && b.chars - b.linkChars < 80) {
      return false;
    }
    if (b.text.length() < 300 && mayBePromo(b.text) && PROMO.matcher(b.text).find()) {
      return false;
    }
    if (b.text.length() < 200 && BOILERPLATE_LINE.matcher(b.text).matches()) {
      return false;
    }
    return !isNotice(b.text);
  }

  private static boolean isNotice(String text) {
    return Notices.isNotice(text);
  }

  private static final String[] PROMO_WORDS = {"newsletter", "inbox", "email", "updates", "digest", "share"};
  private static final String[] PROMO_STARTS = {
    "follow", "you may", "you might", "sharing is", "more from", "recommended", "most ", "like ", "liked ", "enjoy",
    "by", "opinion columnist", "staff writer", "contributor"};

  /** Cheap pre-check so that the promotion pattern only runs on text that can match it. */
  private static boolean mayBePromo(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : PROMO_STARTS) {
      if (lower.startsWith(w)) {
        return true;
      }
    }
    for (String w : PROMO_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Drops bylines, datelines and reading times at the start and end of the body. */
  private static List<String> trimEdges(List<String> paragraphs) {
    int from = 0;
    while (from < paragraphs.size() && from < 6 && isMetaLine(paragraphs.get(from))) {
      from++;
    }
    int to = paragraphs.size();
    while (to > from && (isMetaLine(paragraphs.get(to - 1))
        || (paragraphs.get(to - 1).length() < 400 && CREDITS_LINE.matcher(paragraphs.get(to - 1)).matches()))) {
      to--;
    }
    return paragraphs.subList(from, to);
  }

  private static boolean isMetaLine(String p) {
    if (p.length() > 120) {
      return false;
    }
    return BYLINE_LINE.matcher(p).matches() || DATE_LINE.matcher(p).matches() || READING_TIME.matcher(p).matches()
        || (p.length() < 90 && STAMP_LINE.matcher(p).find())
        || (p.length() < 70 && NAMED_DATE_LINE.matcher(p).matches() && Dates.textual(p).isPresent());
  }

  // ---- text helpers

  /** Collapses runs of spaces and tabs (keeping single newlines from {@code <br>}), trims each line. */
  static String normalise(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    boolean newline = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == BR) {
        newline = true;
        space = false;
      } else if (c < 0x80 ? c <= ' ' : c < 0x1680 ? c == '\u00A0' // no other space below U+1680
          : (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')) {
        space = true;
      } else {
        if (!out.isEmpty()) {
          if (newline) {
            out.append('\n');
          } else if (space) {
            out.append(' ');
          }
        }
        newline = false;
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? c > ' ' : c < 0x1680 ? c != '\u00A0' : !Character.isWhitespace(c)) {
        n++;
      }
    }
    return n;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '،') {
        n++;
      }
    }
    return n;
  }
}
