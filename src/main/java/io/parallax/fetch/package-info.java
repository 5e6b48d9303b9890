/**
 * Polite HTTP fetching, off unless a user runs {@code parallax fetch}: robots.txt, a per-host delay,
 * timeouts, a size cap, a redirect limit, and refusal of loopback, private and link-local addresses
 * unless explicitly allowed. {@link io.parallax.fetch.PoliteFetcher} is the one entry point.
 */
package io.parallax.fetch;
