package io.parallax.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far to fetch.
 *
 * @param userAgent the User-Agent sent, and matched against robots.txt groups
 * @param perHostDelay minimum time between two requests to one host (robots.txt Crawl-delay may raise it)
 * @param timeout the most one request may take: connecting, the headers and the whole body (robots.txt too)
 * @param maxBytes bodies are cut after this many bytes
 * @param maxRedirects redirects followed before giving up
 * @param allowPrivate whether loopback, private, link-local and unspecified addresses may be fetched
 */
public record FetchOptions(
    String userAgent, Duration perHostDelay, Duration timeout, int maxBytes, int maxRedirects, boolean allowPrivate) {

  public FetchOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0 || maxRedirects < 0 || perHostDelay.isNegative() || timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("fetch options out of range: maxBytes " + maxBytes + ", maxRedirects "
          + maxRedirects + ", delay " + perHostDelay + ", timeout " + timeout + "; give positive values");
    }
  }

  /** One request per host per second, 15 s timeout, 5 MiB, 5 redirects, public addresses only. */
  public static FetchOptions defaults() {
    return new FetchOptions("ParallaxBot/0.1 (+https://github.com/parallax-news)", Duration.ofSeconds(1),
        Duration.ofSeconds(15), 5 * 1024 * 1024, 5, false);
  }

  public FetchOptions withAllowPrivate(boolean allow) {
    return new FetchOptions(userAgent, perHostDelay, timeout, maxBytes, maxRedirects, allow);
  }
}
