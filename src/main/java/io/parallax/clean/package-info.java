/**
 * Removing site furniture (captions, related-link lists, share bars, "read the full report at …",
 * newsletter prompts, editorial notes and credit lines) from article bodies, without ever rewriting
 * the text: the result is the list of kept paragraph spans and the list of removed lines, each with
 * its reason, all as offsets into the original text.
 *
 * <p>Credit and furniture lines also tell who published the article and which wire agency it comes
 * from; the cleaner fills those in when the metadata did not, and says from which line.
 * {@link io.parallax.clean.FurnitureCleaner} works on a batch so that lines repeated across articles
 * of one outlet are recognised as furniture too.
 */
package io.parallax.clean;
