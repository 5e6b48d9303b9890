/**
 * Language annotation over an article's original text: sentences and tokens (this package's
 * {@link io.parallax.nlp.SentenceSplitter} and {@link io.parallax.nlp.Tokenizer}), and the
 * {@link io.parallax.nlp.Annotator} built on them ({@link io.parallax.nlp.NewsAnnotator}): named
 * entities with within-article linking ({@link io.parallax.nlp.Entity}), quotes with speakers
 * ({@link io.parallax.nlp.Quote}), quantities ({@link io.parallax.nlp.Quantity}) and time
 * expressions ({@link io.parallax.nlp.TimeExpression}), quotations in quotation marks
 * ({@link io.parallax.nlp.MarkedQuotes}, read by {@link io.parallax.nlp.QuotationSegments}, with the
 * speaker of the quote that holds them) and
 * quantities as intervals ({@link io.parallax.nlp.QuantityMention}, from the same reading as the
 * quantities), gathered in {@link io.parallax.nlp.Annotations}; the
 * comparison reads its quotes and quantities from them through {@link io.parallax.nlp.Mentions} (by
 * the default annotator, loaded on first use, for text not annotated). Every result is a {@link io.parallax.model.Span} into the
 * text as read. Embeddings for every stage come through one interface,
 * {@link io.parallax.nlp.TextEmbedder}, implemented by {@link io.parallax.nlp.MiniLm} (the published
 * model and the fine-tuned event encoder, each one instance per process, loaded on first use).
 * Text is cut into paragraphs, sentences and tokens one way, {@link io.parallax.nlp.Segmentation}.
 * The lexicons live here too: months ({@link io.parallax.nlp.Months}), number words
 * ({@link io.parallax.nlp.Numbers}), speech verbs ({@link io.parallax.nlp.SpeechLexicon}), and how
 * common each word is in news ({@link io.parallax.nlp.WordFrequencies}, a shipped document-frequency
 * table plus the articles at hand).
 */
package io.parallax.nlp;
