package io.parallax.report;

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
      List<InferredEntry> inferred) {}

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
      List<Object> quotes,
      List<Object> discrepancies,
      List<Object> consensus,
      List<Object> singleSource,
      List<Object> framing,
      List<Object> copied,
      List<Object> brief) {}

  /** Which events an outlet covers (articles without a known outlet are listed under their id). */
  public record CoverageEntry(String outlet, List<String> events, List<String> articles) {}

  public record SummaryEntry(int inputs, int processed, List<SkippedEntry> skipped, List<String> warnings) {}

  public record SkippedEntry(String source, String reason) {}
}
