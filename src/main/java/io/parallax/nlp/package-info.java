/**
 * Language annotation over an article's original text: sentences and tokens (this package's
 * {@link io.parallax.nlp.SentenceSplitter} and {@link io.parallax.nlp.Tokenizer}), and the
 * annotators built on them. Every result is a {@link io.parallax.model.Span} into the text as read.
 */
package io.parallax.nlp;
