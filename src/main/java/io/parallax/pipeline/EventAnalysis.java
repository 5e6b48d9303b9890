package io.parallax.pipeline;

import io.parallax.brief.BriefSentence;
import io.parallax.compare.Comparison;
import io.parallax.story.Stories;
import java.util.List;

/** One event with its cross-outlet comparison and its brief. */
public record EventAnalysis(Stories.Event event, Comparison comparison, List<BriefSentence> brief) {
  public EventAnalysis {
    brief = List.copyOf(brief);
  }
}
