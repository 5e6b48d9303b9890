package io.parallax.nlp;

import io.parallax.model.Span;

/**
 * One found quote, before speaker strings are settled: its content, the written speaker and who it is
 * (each null when not found), the cue and its lemma (null for frames without one), whether the
 * content is a quotation in marks, and the paragraph of the attribution.
 */
record QuoteFrame(Span content, Span speakerSpan, String speaker, Span cue, String lemma, boolean direct,
    int paragraph) {}
