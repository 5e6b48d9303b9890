package io.parallax.report;

import io.parallax.brief.BriefSentence;
import io.parallax.compare.Comparison;
import io.parallax.nlp.Annotations;
import java.time.LocalDate;
import java.util.List;

/**
 * The report of one run. All offsets ({@code start}, {@code end}) are character offsets into the
 * article's {@code original_text}.
 */
public record Report(
    List<ArticleEntry> articles,
    List<StorylineEntry> storylines,
    List<EventEntry> events,
    List<CoverageEntry> coverage,
    SummaryEntry summary) {

  public record ArticleEntry(
      String id,
      String source,
      String outlet,
      String agency,
      String title,
      String published,
      String language,
      String url,
      List<String> authors,
      String text,
      String originalText,
      List<SpanEntry> paragraphs,
      List<RemovedEntry> removed,
      List<InferredEntry> inferred,
      Annotations annotations) {}

  public record SpanEntry(int start, int end) {}

  public record RemovedEntry(String text, String reason, int start, int end) {}

  public record InferredEntry(String field, String value, String evidence, int start, int end) {}

  public record StorylineEntry(String id, String title, List<String> events) {}

  public record EventEntry(
      String id,
      String storyline,
      String title,
      LocalDate date,
      List<String> articles,
      List<String> outlets,
      List<Comparison.QuoteGroup> quotes,
      List<Comparison.Discrepancy> discrepancies,
      List<Comparison.Claim> consensus,
      List<Comparison.Claim> singleSource,
      List<Comparison.ActorFraming> framing,
      List<Comparison.LoadedWords> loadedWords,
      List<Comparison.CopiedPassage> copied,
      List<BriefSentence> brief,
      List<AssignmentEntry> assignments,
      List<Comparison.CopiedShare> copiedShare) {}

  /**
   * How one article came into its event: the confidence of the decision, in [0, 1], and its strongest
   * evidence (the most similar article of the event, the embedding cosine, names both mention, days
   * between the publication dates). Fields are null when the detector does not say (the lexical one)
   * or the article had no candidate (the first of its event).
   */
  public record AssignmentEntry(String article, Double confidence, String partner, Double similarity,
      List<String> sharedNames, Long daysApart) {}

  /** Which events an outlet covers (articles without a known outlet are listed under their id). */
  public record CoverageEntry(String outlet, List<String> events, List<String> articles) {}

  public record SummaryEntry(int inputs, int processed, List<SkippedEntry> skipped, List<String> warnings) {}

  public record SkippedEntry(String source, String reason) {}
}
