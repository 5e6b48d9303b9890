package io.parallax.pipeline;

import io.parallax.clean.CleanArticle;
import io.parallax.model.RunSummary;
import java.util.List;

/** The result of a run: cleaned articles, their grouping into stories, and the run summary. */
public record Analysis(List<CleanArticle> articles, StoryGroup stories, RunSummary summary) {
  public Analysis {
    articles = List.copyOf(articles);
  }
}
