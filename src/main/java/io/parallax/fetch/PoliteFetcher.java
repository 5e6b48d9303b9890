package io.parallax.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches URLs one at a time, politely: robots.txt is read once per host and obeyed, requests to one
 * host are spaced by the per-host delay (or the robots.txt Crawl-delay when longer), every request
 * has a timeout, bodies are cut at a size cap, redirects are followed by hand up to a limit with
 * every hop checked again, and hosts resolving to loopback, private, link-local, unique-local or
 * unspecified addresses are refused unless {@link FetchOptions#allowPrivate()}.
 *
 * <p>Known limit: the address check resolves the host before the HTTP client resolves it again, so
 * a DNS server answering differently within milliseconds (DNS rebinding) is not caught.
 */
public final class PoliteFetcher implements AutoCloseable {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  private final FetchOptions options;
  private final HttpClient client;
  private final Map<String, RobotsTxt> robots = new ConcurrentHashMap<>();
  private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();
  /** Hosts whose robots.txt could not be read, with the reason: everything there is refused. */
  private final Map<String, String> robotsProblems = new ConcurrentHashMap<>();

  public PoliteFetcher(FetchOptions options) {
    this.options = options;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.timeout())
        .build();
  }

  /** Fetches {@code url}; never throws for network or HTTP problems, which become {@link FetchResult.Refused}. */
  public FetchResult fetch(String url) {
    return fetch(url, FetchResult.Validators.NONE);
  }

  /**
   * A conditional GET: as {@link #fetch(String)}, sending {@code validators} (from an earlier
   * {@link FetchResult.Fetched} of this URL) as {@code If-None-Match} and {@code If-Modified-Since};
   * a 304 answer is {@link FetchResult.NotModified}.
   */
  public FetchResult fetch(String url, FetchResult.Validators validators) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return new FetchResult.Refused(url, "not a URL: " + e.getMessage());
    }
    for (int hop = 0; ; hop++) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return new FetchResult.Refused(url, "only http and https URLs are fetched, not '" + uri + "'");
      }
      if (uri.getHost() == null) {
        return new FetchResult.Refused(url, "URL has no host: " + uri);
      }
      Optional<String> blocked = addressProblem(uri.getHost());
      if (blocked.isPresent()) {
        return new FetchResult.Refused(url, blocked.get());
      }
      RobotsTxt rules = robotsFor(uri);
      String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      if (!rules.allows(path)) {
        String unreachable = robotsProblems.get(hostKey(uri));
        return new FetchResult.Refused(url, unreachable != null ? unreachable
            : "robots.txt of " + uri.getHost() + " disallows " + path);
      }
      HttpResponse<Body> response;
      try {
        response = send(uri, rules, options.maxBytes(), validators);
      } catch (HttpTimeoutException e) {
        return new FetchResult.Refused(url, "timed out after " + options.timeout().toMillis()
            + " ms (the limit covers headers and the whole body): " + uri);
      } catch (IOException e) {
        return new FetchResult.Refused(url, "request failed for " + uri + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchResult.Refused(url, "interrupted");
      }
      int status = response.statusCode();
      if (status == 304 && !validators.isEmpty()) return new FetchResult.NotModified(url, uri.toString());
      if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
        if (hop >= options.maxRedirects()) {
          return new FetchResult.Refused(url, "more than " + options.maxRedirects() + " redirects (last to "
              + response.headers().firstValue("location").get() + ")");
        }
        try {
          uri = uri.resolve(new URI(response.headers().firstValue("location").get().strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return new FetchResult.Refused(url, "bad redirect location: " + e.getMessage());
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        return new FetchResult.Refused(url, "HTTP status " + status + " for " + uri);
      }
      Optional<String> contentType = response.headers().firstValue("content-type");
      Optional<String> charset = contentType.map(CHARSET::matcher).filter(Matcher::find).map(m -> m.group(1));
      return new FetchResult.Fetched(url, uri.toString(), status, contentType, charset, response.body().bytes(),
          response.body().truncated(), new FetchResult.Validators(response.headers().firstValue("etag"),
              response.headers().firstValue("last-modified")));
    }
  }

  /**
   * Sends one request and reads its body, at most {@code maxBytes} of it, all within the timeout: a
   * server that sends its headers and then drips the body a byte at a time is cut off at the
   * deadline (the HTTP client's own timeout stops at the headers).
   */
  private static boolean plainHeaderValue(String v) {
    return !v.isBlank() && v.length() <= 1024 && v.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  private HttpResponse<Body> send(URI uri, RobotsTxt rules, int maxBytes, FetchResult.Validators validators)
      throws IOException, InterruptedException {
    waitForTurn(uri, rules);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
    // validators come from a server: only plain short values go back (a header value cannot hold control characters)
    validators.etag().filter(PoliteFetcher::plainHeaderValue).ifPresent(v -> builder.header("If-None-Match", v));
    validators.lastModified().filter(PoliteFetcher::plainHeaderValue).ifPresent(v -> builder.header("If-Modified-Since", v));
    HttpRequest request = builder.GET().build();
    CompletableFuture<HttpResponse<Body>> pending = client.sendAsync(request, info ->
        info.statusCode() >= 200 && info.statusCode() < 300 ? new CappedBody(maxBytes)
            : HttpResponse.BodySubscribers.replacing(new Body(new byte[0], false)));
    try {
      return pending.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new HttpTimeoutException("no complete response within " + options.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      pending.cancel(true);
      if (e.getCause() instanceof IOException io) throw io;
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    }
  }

  /** A response body: at most the size cap, and whether more was sent. */
  private record Body(byte[] bytes, boolean truncated) {}

  /** Collects a body up to {@code max} bytes, then cancels the rest of it. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<Body> {
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int max;
    private Flow.Subscription subscription;

    CappedBody(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        int take = (int) Math.min(b.remaining(), (long) max - bytes.size());
        byte[] chunk = new byte[take];
        b.get(chunk);
        bytes.write(chunk, 0, take);
        if (b.hasRemaining()) {
          subscription.cancel();
          result.complete(new Body(bytes.toByteArray(), true));
          return;
        }
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(bytes.toByteArray(), false));
    }
  }

  /** Sleeps until this host may be asked again, then books the next slot. */
  private void waitForTurn(URI uri, RobotsTxt rules) throws InterruptedException {
    String host = hostKey(uri);
    Duration delay = options.perHostDelay();
    if (rules.crawlDelay().isPresent() && rules.crawlDelay().get().compareTo(delay) > 0) {
      delay = rules.crawlDelay().get().compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60)
          : rules.crawlDelay().get();
    }
    long delayNanos = delay.toNanos();
    long wait;
    synchronized (nextAllowed) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
      nextAllowed.put(host, slot + delayNanos);
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  private RobotsTxt robotsFor(URI uri) {
    return robots.computeIfAbsent(hostKey(uri), key -> {
      URI robotsUri = uri.resolve("/robots.txt");
      try {
        HttpResponse<Body> response = send(robotsUri, RobotsTxt.allowAll(), 512 * 1024, FetchResult.Validators.NONE);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return RobotsTxt.parse(new String(response.body().bytes(), StandardCharsets.UTF_8), options.userAgent());
        }
        // RFC 9309: unavailable (4xx) means no rules; unreachable (5xx) means everything is disallowed
        if (status >= 400 && status < 500) return RobotsTxt.allowAll();
        robotsProblems.put(key, "robots.txt of " + uri.getHost() + " answered HTTP " + status
            + "; nothing is fetched from a host whose robots.txt is unreachable (RFC 9309)");
        return RobotsTxt.disallowAll();
      } catch (IOException e) {
        robotsProblems.put(key, "robots.txt of " + uri.getHost() + " could not be fetched (" + e.getMessage()
            + "); nothing is fetched from a host whose robots.txt is unreachable (RFC 9309)");
        return RobotsTxt.disallowAll();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        robotsProblems.put(key, "interrupted while fetching robots.txt of " + uri.getHost());
        return RobotsTxt.disallowAll();
      }
    });
  }

  private Optional<String> addressProblem(String host) {
    if (options.allowPrivate()) {
      return Optional.empty();
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (isPrivate(a)) {
          return Optional.of(host + " resolves to the private or loopback address " + a.getHostAddress()
              + "; pass --allow-private to fetch from it");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + host);
    }
  }

  /** Loopback, RFC 1918 / unique-local, link-local, unspecified, multicast, or carrier-grade NAT. */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 16 && (b[0] & 0xFE) == 0xFC) {
      return true; // fc00::/7 unique local
    }
    if (b.length == 16 && isMappedV4(b)) {
      try {
        return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
      } catch (UnknownHostException e) {
        return true;
      }
    }
    return b.length == 4 && ((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 || (b[0] & 0xFF) == 0);
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
  }

  private static String hostKey(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
