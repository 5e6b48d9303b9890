package io.parallax.ingest;

import io.parallax.model.Article;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One display name per outlet within a batch, so that comparison does not list one outlet twice:
 * names that differ only in case, a leading "The" or punctuation ("The Guardian", "the Guardian") are
 * one outlet, shown as its most frequent spelling (the first seen on a tie); an outlet known only by
 * its host ("www.bbc.com", or an article with a URL and no outlet) takes the name that other articles
 * from that domain carry ("BBC News"). Names are never invented: without such evidence they stay.
 */
final class OutletNames {

  private OutletNames() {}

  static List<Article> unify(List<Article> articles) {
    Map<String, Map<String, Integer>> spellings = new HashMap<>(); // key -> spelling -> count
    Map<String, Map<String, Integer>> byDomain = new HashMap<>();  // domain -> name -> count
    for (Article a : articles) {
      Optional<String> outlet = a.outlet();
      if (outlet.isEmpty() || hostLike(outlet.get())) continue;
      count(spellings, key(outlet.get()), outlet.get());
      domainOf(a.url().orElse(null)).ifPresent(d -> count(byDomain, d, outlet.get()));
    }
    return articles.stream().map(a -> {
      String name = a.outlet().orElse(null);
      if (name == null || hostLike(name)) {
        Optional<String> domain = name != null ? Optional.of(domain(name)) : domainOf(a.url().orElse(null));
        String named = domain.map(byDomain::get).map(OutletNames::mostFrequent).orElse(null);
        if (named != null) name = named;
      }
      if (name != null && !hostLike(name)) name = mostFrequent(spellings.get(key(name)));
      return name == null || a.outlet().equals(Optional.of(name)) ? a : a.toBuilder().outlet(name).build();
    }).toList();
  }

  private static void count(Map<String, Map<String, Integer>> counts, String key, String value) {
    counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    if (counts == null) return null;
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    }
    return best;
  }

  /** "The Guardian", "the guardian" and "The-Guardian" share the key "guardian". */
  static String key(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("the ")) s = s.substring(4);
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static boolean hostLike(String name) {
    return name.indexOf('.') > 0 && name.chars().noneMatch(Character::isWhitespace);
  }

  private static Optional<String> domainOf(String url) {
    if (url == null) return Optional.empty();
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? Optional.empty() : Optional.of(domain(host));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** "www.bbc.com", "m.bbc.com" and "bbc.com" are one domain. */
  private static String domain(String host) {
    return host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d*|m|amp|mobile)\\.", "");
  }
}
