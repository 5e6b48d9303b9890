/**
 * {@code parallax serve}: a web reader and JSON API over the embedded store.
 *
 * <p>{@link io.parallax.serve.Library} is the one owner of the store (not thread-safe: every read and
 * write of it is serialised there) and of the {@link io.parallax.serve.ArticleArchive} of article texts
 * that {@code parallax index} writes beside it. Requests read an immutable {@link io.parallax.serve.Catalog}
 * snapshot of events, storylines and articles, and per-event analyses (annotation, comparison and brief,
 * the same stages as {@code analyze}) computed on first request and cached. {@link io.parallax.serve.WebServer}
 * wires the routes (Javalin), the pages (jte templates under {@code src/main/jte}, HTML-escaped by
 * default) and the security rules: a Content-Security-Policy without inline script, size limits on
 * query strings and bodies, and writes refused from non-loopback clients unless a token is configured.
 * {@link io.parallax.serve.FeedPoller} adds the new items of RSS/Atom feeds while serving.
 */
package io.parallax.serve;
