package io.parallax.pipeline;

import io.parallax.clean.CleanArticle;
import io.parallax.model.RunSummary;
import io.parallax.nlp.Annotations;
import io.parallax.story.Stories;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: cleaned articles with their annotations (by article id), their grouping into
 * events and storylines, each event's comparison and brief, and the run summary.
 */
public record Analysis(
    List<CleanArticle> articles,
    Map<String, Annotations> annotations,
    Stories stories,
    List<EventAnalysis> events,
    RunSummary summary) {

  public Analysis {
    articles = List.copyOf(articles);
    annotations = Map.copyOf(annotations);
    events = List.copyOf(events);
  }
}
