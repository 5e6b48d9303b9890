package io.parallax.fetch;

import java.util.Optional;

/** What fetching one URL gave: a body, or the reason there is none. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.Refused {

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
      byte[] body, boolean truncated) implements FetchResult {}

  /** Not fetched: robots.txt, a private address, an error status, a timeout, too many redirects. */
  record Refused(String requested, String reason) implements FetchResult {}
}
