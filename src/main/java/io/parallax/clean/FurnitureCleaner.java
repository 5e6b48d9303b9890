package io.parallax.clean;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds furniture line by line with general rules ({@link FurnitureRules}), then by repetition:
 * a short line found near the top or bottom of two or more articles of the same outlet (or web
 * host) is that outlet's boilerplate. Headline-like lines right after a "Related …" line are part of
 * the related-links list.
 *
 * <p>Stateless and thread-safe; the batch passed to {@link #clean} is the unit for repetition.
 */
public final class FurnitureCleaner implements Cleaner {

  /** Lines this close to either end of an article may be repeated boilerplate. */
  private static final int EDGE_LINES = 3;
  private static final int MAX_REPEATED_WORDS = 30;

  private record Line(Span span, String text) {}

  private record Draft(Article article, List<Line> lines, Map<Integer, String> removed, List<Inference> inferred) {}

  @Override
  public List<CleanArticle> clean(List<Article> articles) {
    List<Draft> drafts = articles.stream().map(FurnitureCleaner::applyRules).toList();
    removeRepeated(drafts);
    return drafts.stream().map(FurnitureCleaner::finish).toList();
  }

  private static Draft applyRules(Article article) {
    List<Line> lines = lines(article.text());
    Map<Integer, String> removed = new HashMap<>();
    List<Inference> inferred = new ArrayList<>();
    Optional<String> outlet = article.outlet();
    Optional<String> agency = article.agency();
    Optional<java.time.OffsetDateTime> published = article.published();
    String inList = null; // the reason of a related-links or highlights heading whose list lines follow
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Optional<FurnitureRules.Match> match = FurnitureRules.match(line.text());
      if (match.isPresent()) {
        FurnitureRules.Match m = match.get();
        removed.put(i, m.reason());
        inList = m.reason().startsWith("related") ? "related-links line"
            : m.reason().equals(FurnitureRules.HIGHLIGHTS_REASON) ? FurnitureRules.HIGHLIGHTS_REASON : null;
        if (outlet.isEmpty() && m.outlet().isPresent()) {
          outlet = m.outlet();
          inferred.add(new Inference("outlet", outlet.get(), line.span()));
        }
        if (agency.isEmpty() && m.agency().isPresent()) {
          agency = m.agency();
          inferred.add(new Inference("agency", agency.get(), line.span()));
        }
        if (published.isEmpty() && m.published().isPresent()) {
          published = m.published();
          inferred.add(new Inference("published", published.get().toString(), line.span()));
        }
      } else if (inList != null && FurnitureRules.looksLikeHeadline(line.text())) {
        removed.put(i, inList);
      } else {
        inList = null;
      }
    }
    Article filled = article.toBuilder().outlet(outlet.orElse(null)).agency(agency.orElse(null))
        .published(published.orElse(null)).build();
    return new Draft(filled, lines, removed, inferred);
  }

  /**
   * Marks short edge lines that recur in two or more articles of the same outlet or host, and
   * promotion lines (newsletter, app, podcast, donation blocks) that recur anywhere in
   * {@link #MIN_PROMO_PAGES} or more of them: a site's sign-up block sits mid-text on every page.
   */
  private static void removeRepeated(List<Draft> drafts) {
    removeRepeated(drafts, FurnitureCleaner::edgeLines, 2, "boilerplate repeated in %d articles of %s");
    removeRepeated(drafts, FurnitureCleaner::promoLines, MIN_PROMO_PAGES, "promotion block repeated on %d pages of %s");
  }

  /** Pages of one site a promotion line must be seen on before it counts as the site's furniture. */
  private static final int MIN_PROMO_PAGES = 3;
  private static final int MAX_PROMO_WORDS = 60;
  private static final java.util.regex.Pattern PROMOTION = java.util.regex.Pattern.compile(
      "(?i)\\b(?:newsletters?|sign ?up|subscribe|subscription|inbox|e-?mail|download|app|podcasts?|follow us"
          + "|support (?:our|us)|donate|donation|membership|register|delivered)\\b");

  /** Indices of the not-yet-removed short lines that promote something (candidates for repetition). */
  private static List<Integer> promoLines(Draft draft) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < draft.lines().size(); i++) {
      String text = draft.lines().get(i).text();
      if (!draft.removed().containsKey(i) && text.split("\\s+").length <= MAX_PROMO_WORDS
          && PROMOTION.matcher(text).find()) {
        out.add(i);
      }
    }
    return out;
  }

  private static void removeRepeated(List<Draft> drafts, java.util.function.Function<Draft, List<Integer>> candidates,
      int minArticles, String reason) {
    Map<String, Map<String, Set<Integer>>> byGroup = new HashMap<>();
    for (int d = 0; d < drafts.size(); d++) {
      Draft draft = drafts.get(d);
      Optional<String> group = groupOf(draft.article());
      if (group.isEmpty()) continue;
      for (int i : candidates.apply(draft)) {
        byGroup.computeIfAbsent(group.get(), g -> new HashMap<>())
            .computeIfAbsent(normalise(draft.lines().get(i).text()), k -> new HashSet<>()).add(d);
      }
    }
    for (int d = 0; d < drafts.size(); d++) {
      Draft draft = drafts.get(d);
      Optional<String> group = groupOf(draft.article());
      if (group.isEmpty()) continue;
      Map<String, Set<Integer>> counts = byGroup.get(group.get());
      for (int i : candidates.apply(draft)) {
        Set<Integer> in = counts.get(normalise(draft.lines().get(i).text()));
        if (in != null && in.size() >= minArticles) {
          draft.removed().put(i, String.format(Locale.ROOT, reason, in.size(), group.get()));
        }
      }
    }
  }

  /** Indices of the not-yet-removed, short lines within {@link #EDGE_LINES} of either end. */
  private static List<Integer> edgeLines(Draft draft) {
    List<Integer> content = new ArrayList<>();
    for (int i = 0; i < draft.lines().size(); i++) {
      if (!draft.removed().containsKey(i)) content.add(i);
    }
    List<Integer> edge = new ArrayList<>();
    for (int k = 0; k < content.size(); k++) {
      if (k < EDGE_LINES || k >= content.size() - EDGE_LINES) {
        int i = content.get(k);
        if (draft.lines().get(i).text().split("\\s+").length <= MAX_REPEATED_WORDS) edge.add(i);
      }
    }
    return edge;
  }

  /**
   * The group within which repeated edge lines count as boilerplate: the outlet, else the URL's host;
   * empty when neither is known. Cleaning articles in separate batches gives the same result as one
   * batch when each group's articles are in one batch (the Spark job partitions by it).
   */
  public static Optional<String> groupOf(Article a) {
    if (a.outlet().isPresent()) return a.outlet();
    return a.url().flatMap(u -> {
      try {
        return Optional.ofNullable(URI.create(u.strip()).getHost());
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  private static String normalise(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("\\d", "0").replaceAll("\\s+", " ")
        .replaceAll("^\\W+|\\W+$", "");
  }

  private static CleanArticle finish(Draft draft) {
    List<Span> paragraphs = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    for (int i = 0; i < draft.lines().size(); i++) {
      Line line = draft.lines().get(i);
      String reason = draft.removed().get(i);
      if (reason != null) removals.add(new Removal(line.span(), line.text(), reason));
      else paragraphs.add(line.span());
    }
    return new CleanArticle(draft.article(), paragraphs, removals, draft.inferred());
  }

  /** The non-blank lines of {@code text}, as trimmed spans with their text. */
  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        Span s = new Span(start, i).trim(text);
        if (!s.isEmpty()) out.add(new Line(s, s.textOf(text)));
        start = i + 1;
      }
    }
    return out;
  }
}
