package io.parallax.nlp;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The direct quotes and the quantities of an article as the comparison reads them, in one place: from
 * the article's {@link Annotations} when it was annotated; an article compared without annotation
 * ({@code new EventComparator()}: tests and benchmarks; every command passes its annotations) has its
 * quotes annotated here by the default {@link NewsAnnotator}, so that every quote is attributed one way.
 *
 * <pre>{@code
 * List<QuoteMention> quotes = Mentions.quotes(Optional.of(annotations), article.text(), kept);
 * }</pre>
 */
public final class Mentions {
  private Mentions() {}

  /**
   * The direct quotes of an article. Annotated: the annotations' direct quotes (their spans shrunk to
   * exclude quotation marks and space; reported speech has no wording to compare) plus the
   * {@linkplain Annotations#markedQuotes() quotations in marks} they leave out (short fragments and
   * scare quotes, which still tell which outlets carry whose words); a quote without a speaker takes
   * the rules' speaker for the same words, and a rule speaker becomes the article's full name for it
   * when a person's canonical name ends with it ("Sullivan" → "Jake Sullivan"). Not annotated: the
   * same, of the annotations of {@code kept} by the default {@link NewsAnnotator} (loaded on first use).
   *
   * @param annotations the article's annotations (of the regions {@code kept}), when it was annotated
   * @param text the article's text, into which every span points
   * @param kept the regions compared
   */
  public static List<QuoteMention> quotes(Optional<Annotations> annotations, String text, List<Span> kept) {
    Annotations ann = annotations.orElseGet(() -> Default.ANNOTATOR.annotate(
        Article.builder("unannotated", "text", text).build(), kept));
    List<QuoteMention> fromAnnotator = direct(ann, text);
    List<QuoteMention> fromRules = ann.markedQuotes();
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
    out.sort(Comparator.comparing(QuoteMention::content));
    return out;
  }

  /**
   * The quantities, durations and dates of an article, as intervals, outside quotations: the
   * annotations' {@linkplain Annotations#intervals() intervals} when it was annotated, else what
   * {@link QuantityReader} reads in {@code kept} (the counted noun by its words, without tags).
   *
   * @param annotations the article's annotations (of the regions {@code kept}), when it was annotated
   * @param text the article's text, into which every span points
   * @param kept the regions compared
   * @param published the article's publication day, which a date without a year is read against when the
   *     article was not annotated (the annotator read its dates against it already)
   */
  public static List<QuantityMention> quantities(Optional<Annotations> annotations, String text, List<Span> kept,
      Optional<LocalDate> published) {
    return annotations.map(Annotations::intervals)
        .orElseGet(() -> QuantityReader.read(text, kept, published).intervals());
  }

  /** The direct quotes of {@code ann}, their spans shrunk to exclude quotation marks and space. */
  private static List<QuoteMention> direct(Annotations ann, String text) {
    List<QuoteMention> out = new ArrayList<>();
    for (Quote q : ann.quotes()) {
      if (!q.direct()) continue;
      Span words = QuotationSegments.withoutMarks(text, q.content().start(), q.content().end());
      if (!words.isEmpty()) out.add(new QuoteMention(words, q.speaker(), q.speakerSpan()));
    }
    return out;
  }

  /**
   * The name a speaker phrase gives, without the titles before it, as the annotator's entities are named
   * ("White House National Security Adviser Jake Sullivan" → "Jake Sullivan", "Netanyahu's" →
   * "Netanyahu"); a phrase whose words after its titles are not all capitalised, or that opens with no
   * person's title, is kept whole ("White House", "a senior White House official").
   */
  public static String speakerName(String phrase) {
    List<String> words = List.of(phrase.strip().split("\\s+"));
    int start = EntityFinder.nameStart(words);
    List<String> name = words.subList(start, words.size());
    boolean capitalised = name.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    return String.join(" ", capitalised ? name : words).replaceAll("['’]s$", "");
  }

  /** The default annotator, loaded when an article not annotated is first read. */
  private static final class Default {
    static final NewsAnnotator ANNOTATOR = new NewsAnnotator();
  }

  private static String fullName(String speaker, Annotations ann) {
    String best = speaker;
    for (Entity e : ann.entities()) {
      String c = e.canonical();
      if (e.type() == EntityType.PERSON && c.length() > best.length()
          && (c.endsWith(" " + speaker) || c.equals(speaker))) {
        best = c;
      }
    }
    return best;
  }
}
