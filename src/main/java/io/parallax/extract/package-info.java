/**
 * HTML main-text and metadata extraction: {@link io.parallax.extract.HtmlExtractor} turns the bytes of
 * one web page into an {@link io.parallax.extract.Extraction} (body text with paragraphs separated by
 * blank lines, title, dates, authors, outlet, canonical URL, language) without per-site rules. Owns
 * charset detection ({@link io.parallax.extract.HtmlDecoder}), block scoring
 * ({@link io.parallax.extract.MainText}) and metadata in trust order ({@link io.parallax.extract.Metadata}).
 */
package io.parallax.extract;
