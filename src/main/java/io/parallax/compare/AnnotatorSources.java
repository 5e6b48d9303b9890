package io.parallax.compare;

import io.parallax.nlp.Annotations;
import io.parallax.nlp.Annotator;
import io.parallax.nlp.QuantityIntervals;
import io.parallax.nlp.MarkedQuotes;
import io.parallax.nlp.Quantity;
import io.parallax.nlp.QuantityKind;
import io.parallax.nlp.QuantityMention;
import io.parallax.nlp.Quote;
import io.parallax.nlp.QuoteMention;
import io.parallax.nlp.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adapters from the {@code nlp} package's {@link Annotator} to the comparator's sources, so that
 * analyze can feed the annotations it already computed: direct quotes with their resolved
 * speakers, and counts with their qualifiers. Durations and dates still come from
 * {@link QuantityIntervals} (they need the interval reading it does).
 */
public final class AnnotatorSources {
  private AnnotatorSources() {}

  /** Direct quotes of the annotations (reported speech is left out: it has no wording to compare). */
  public static QuoteSource quotes(Annotator annotator) {
    return a -> quotes(annotator.annotate(a.article(), a.kept()), a.article().text());
  }

  /** The direct quotes of {@code ann}, their spans shrunk to exclude quotation marks and space. */
  public static List<QuoteMention> quotes(Annotations ann, String text) {
    List<QuoteMention> out = new ArrayList<>();
    for (Quote q : ann.quotes()) {
      if (!q.direct()) continue;
      int s = q.content().start();
      int e = q.content().end();
      while (s < e && isMarkOrSpace(text.charAt(s))) s++;
      while (e > s && isMarkOrSpace(text.charAt(e - 1))) e--;
      if (s < e) out.add(new QuoteMention(new io.parallax.model.Span(s, e), q.speaker(), q.speakerSpan()));
    }
    return out;
  }

  /**
   * The annotations' direct quotes plus the quotation-mark quotes the rules find that the
   * annotations leave out (short fragments and scare quotes such as a one-word characterisation,
   * which still tell which outlets carry whose words). A rule speaker is replaced by the article's
   * full name for it when an entity's canonical name ends with it ("Sullivan" → "Jake Sullivan"), and
   * an annotator quote without a speaker takes the rules' speaker for the same words.
   */
  public static QuoteSource quotesWithRules(java.util.function.Function<String, Annotations> annotationsById) {
    return a -> {
      Annotations ann = annotationsById.apply(a.id());
      List<QuoteMention> fromAnnotator = quotes(ann, a.article().text());
      List<QuoteMention> fromRules = MarkedQuotes.find(a.article().text(), a.kept());
      List<QuoteMention> out = new ArrayList<>();
      for (QuoteMention q : fromAnnotator) {
        // an annotator quote left unattributed takes the speaker the rules found for the same words
        QuoteMention withSpeaker = q.speaker().isPresent() ? q : fromRules.stream()
            .filter(m -> m.speaker().isPresent() && m.content().overlaps(q.content())).findFirst()
            .map(m -> new QuoteMention(q.content(), m.speaker().map(s -> fullName(s, ann)), m.speakerSpan()))
            .orElse(q);
        out.add(withSpeaker);
      }
      for (QuoteMention m : fromRules) {
        if (fromAnnotator.stream().anyMatch(o -> o.content().overlaps(m.content()))) continue;
        out.add(new QuoteMention(m.content(), m.speaker().map(s -> fullName(s, ann)), m.speakerSpan()));
      }
      out.sort(java.util.Comparator.comparing(QuoteMention::content));
      return out;
    };
  }

  private static String fullName(String speaker, Annotations ann) {
    String best = speaker;
    for (io.parallax.nlp.Entity e : ann.entities()) {
      String c = e.canonical();
      if (e.type() == io.parallax.nlp.EntityType.PERSON && c.length() > best.length()
          && (c.endsWith(" " + speaker) || c.equals(speaker))) {
        best = c;
      }
    }
    return best;
  }

  private static boolean isMarkOrSpace(char c) {
    return Character.isWhitespace(c) || "\"“”‘’'«»".indexOf(c) >= 0;
  }

  /** Counts from the annotator, durations and dates from the rules. */
  public static QuantitySource quantities(Annotator annotator) {
    return a -> withRuleTimes(counts(annotator.annotate(a.article(), a.kept())), a);
  }

  /** As {@link #quantities(Annotator)}, from annotations already computed (looked up by article id). */
  public static QuantitySource quantities(java.util.function.Function<String, Annotations> annotationsById) {
    return a -> withRuleTimes(counts(annotationsById.apply(a.id())), a);
  }

  private static List<QuantityMention> withRuleTimes(List<QuantityMention> counts, ComparedArticle a) {
    List<QuantityMention> out = new ArrayList<>(counts);
    for (QuantityMention m : QuantityIntervals.find(a.article().text(), a.kept())) {
      if (m.kind() != QuantityKind.COUNT) out.add(m);
    }
    return out;
  }

  public static List<QuantityMention> counts(Annotations ann) {
    List<QuantityMention> out = new ArrayList<>();
    for (Quantity q : ann.quantities()) {
      String unit = q.unit().toLowerCase(Locale.ROOT);
      String stem = Words.stem(unit);
      if (unit.isEmpty() || List.of("day", "week", "month", "year", "hour", "minute").contains(stem)) continue;
      String noun = QuantityIntervals.PERSON_NOUNS.contains(stem) ? "people" : stem;
      double v = q.value();
      double lo;
      Optional<Double> hi;
      switch (q.qualifier()) {
        case APPROXIMATELY -> { lo = v * 0.9; hi = Optional.of(v * 1.1); }
        case AT_LEAST, MORE_THAN -> { lo = v; hi = Optional.empty(); }
        case LESS_THAN, AT_MOST -> { lo = 0; hi = Optional.of(v); }
        case RANGE -> { lo = v; hi = Optional.of(q.upTo().orElse(v)); }
        case UNSPECIFIED_MANY -> { lo = 2 * v; hi = Optional.of(1000 * v); }
        default -> { lo = v; hi = Optional.of(v); }
      }
      String qual = q.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      out.add(new QuantityMention(q.span(), QuantityKind.COUNT, qual.equals("exact") ? "" : qual, lo, hi, noun));
    }
    return out;
  }
}
