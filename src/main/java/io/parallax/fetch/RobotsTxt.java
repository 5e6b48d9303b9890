package io.parallax.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one robots.txt for one user agent (RFC 9309): the group naming the agent, else the
 * {@code *} group; the longest matching Allow/Disallow path wins, Allow on ties; {@code *} and
 * {@code $} in paths are honoured. Also reads Crawl-delay.
 */
public final class RobotsTxt {

  private record Rule(String path, boolean allow) {}

  private final List<Rule> rules;
  private final Optional<Duration> crawlDelay;

  private RobotsTxt(List<Rule> rules, Optional<Duration> crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  public static RobotsTxt allowAll() {
    return new RobotsTxt(List.of(), Optional.empty());
  }

  public static RobotsTxt disallowAll() {
    return new RobotsTxt(List.of(new Rule("/", false)), Optional.empty());
  }

  /** Parses {@code text} for {@code userAgent} (its product token, e.g. "ParallaxBot"). */
  public static RobotsTxt parse(String text, String userAgent) {
    String token = userAgent.split("[/ ]")[0].toLowerCase(Locale.ROOT);
    List<Rule> specific = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    Duration specificDelay = null;
    Duration starDelay = null;
    boolean inSpecific = false;
    boolean inStar = false;
    boolean lastWasAgent = false;
    boolean sawSpecific = false;
    for (String raw : text.split("\r?\n|\r")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!lastWasAgent) {
          inSpecific = false;
          inStar = false;
        }
        String agent = value.toLowerCase(Locale.ROOT);
        if (agent.equals("*")) {
          inStar = true;
        } else if (!agent.isEmpty() && token.startsWith(agent.split("[/ ]")[0])) {
          inSpecific = true;
          sawSpecific = true;
        }
        lastWasAgent = true;
        continue;
      }
      lastWasAgent = false;
      if (key.equals("allow") || key.equals("disallow")) {
        if (value.isEmpty()) {
          continue; // "Disallow:" with nothing allows everything
        }
        Rule rule = new Rule(value, key.equals("allow"));
        if (inSpecific) {
          specific.add(rule);
        }
        if (inStar) {
          star.add(rule);
        }
      } else if (key.equals("crawl-delay")) {
        try {
          Duration d = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
          if (inSpecific) {
            specificDelay = d;
          }
          if (inStar) {
            starDelay = d;
          }
        } catch (NumberFormatException ignored) {
          // a malformed delay is ignored, as crawlers do
        }
      }
    }
    return sawSpecific
        ? new RobotsTxt(specific, Optional.ofNullable(specificDelay))
        : new RobotsTxt(star, Optional.ofNullable(starDelay));
  }

  /** Whether {@code pathAndQuery} (starting with "/") may be fetched. */
  public boolean allows(String pathAndQuery) {
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.path, pathAndQuery)
          && (best == null || r.path.length() > best.path.length()
              || (r.path.length() == best.path.length() && r.allow))) {
        best = r;
      }
    }
    return best == null || best.allow;
  }

  public Optional<Duration> crawlDelay() {
    return crawlDelay;
  }

  private static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  private static boolean match(String p, int pi, String s, int si, boolean anchored) {
    // iterative wildcard match: '*' matches any run; without '$' the pattern is a prefix
    int star = -1;
    int mark = 0;
    while (true) {
      if (pi == p.length()) {
        if (!anchored || si == s.length()) {
          return true;
        }
        if (star < 0) {
          return false;
        }
        pi = star + 1;
        si = ++mark;
        continue;
      }
      if (p.charAt(pi) == '*') {
        star = pi;
        mark = si;
        pi++;
        continue;
      }
      if (si < s.length() && p.charAt(pi) == s.charAt(si)) {
        pi++;
        si++;
        continue;
      }
      if (star < 0 || mark >= s.length()) {
        return false;
      }
      pi = star + 1;
      si = ++mark;
    }
  }
}
