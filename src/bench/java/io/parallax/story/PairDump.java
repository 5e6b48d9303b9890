package io.parallax.story;

import io.parallax.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Prints pair evidence and probabilities for the articles under a path (a debugging aid). */
public final class PairDump {
  public static void main(String[] args) throws Exception {
    StoryDetector d = StoryDetector.lexical();
    List<ArticleFeatures> f = d.features(Pipeline.readCleaned(List.of(Path.of(args[0]))));
    CountingTermStatistics stats = new CountingTermStatistics(f);
    List<ArticleProfile> p = f.stream().map(x -> ArticleProfile.of(x, stats)).toList();
    for (ArticleFeatures x : f) System.out.println(x.id() + " date=" + x.date() + " times=" + x.times() + " nums=" + x.numbers());
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        PairEvidence e = PairEvidence.of(p.get(i), p.get(j));
        System.out.printf("%s %s story=%.3f event=%.3f %s%n", p.get(i).id().substring(0, 3), p.get(j).id().substring(0, 3),
            d.config().storylineProbability(e), d.config().eventProbability(e),
            Arrays.toString(Arrays.stream(e.toArray()).map(v -> Math.round(v * 100) / 100.0).toArray()));
      }
    }
  }
}
