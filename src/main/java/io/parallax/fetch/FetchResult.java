package io.parallax.fetch;

import java.util.Optional;

/** What fetching one URL gave: a body, or the reason there is none. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Refused {

  String requested();

  /**
   * A response with status 2xx.
   *
   * @param url the final URL, after redirects
   * @param contentType the Content-Type header, if any
   * @param charset its charset parameter, if any
   * @param body at most {@link FetchOptions#maxBytes()} bytes
   * @param truncated whether the body was cut at the size cap
   */
  record Fetched(String requested, String url, int status, Optional<String> contentType, Optional<String> charset,
      byte[] body, boolean truncated, Validators validators) implements FetchResult {

    public Fetched(String requested, String url, int status, Optional<String> contentType, Optional<String> charset,
        byte[] body, boolean truncated) {
      this(requested, url, status, contentType, charset, body, truncated, Validators.NONE);
    }
  }

  /**
   * A response's validators ({@code ETag}, {@code Last-Modified}), to send back on the next request for
   * the same URL ({@code If-None-Match}, {@code If-Modified-Since}) so that an unchanged resource is
   * answered 304 without a body.
   */
  record Validators(Optional<String> etag, Optional<String> lastModified) {
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
      return etag.isEmpty() && lastModified.isEmpty();
    }
  }

  /** HTTP 304: the resource has not changed since the response whose {@link Validators} were sent. */
  record NotModified(String requested, String url) implements FetchResult {}

  /** Not fetched: robots.txt, a private address, an error status, a timeout, too many redirects. */
  record Refused(String requested, String reason) implements FetchResult {}
}
