package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
import io.parallax.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Experiment: the event thresholds of the default detector on a second kind of news. brief-dev
 * (../shared/data/brief-dev) tells each of 307 stories by a left, a centre and a right outlet (title and
 * opening sentences only, no dates); its {@code story} field is taken as the gold event. Prints event B3
 * of ECB+ dev and brief-dev over a grid of event threshold x small-event attachment threshold.
 * Args: none, or a list of {@code event:attach} settings.
 */
public final class BriefDevEventExperiment {

  public static void main(String[] args) throws Exception {
    EcbPlusDev ecb = new EcbPlusDev(EcbPlusDev.DIR);
    List<ArticleFeatures> ecbFeatures = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), ecb.articles, true);
    List<CleanArticle> brief = Pipeline.readCleaned(List.of(EcbPlusDev.DIR.resolveSibling("brief-dev").resolve("articles.jsonl")));
    Map<String, String> briefGold = new HashMap<>();
    for (CleanArticle a : brief) briefGold.put(a.id(), a.article().attributes().get("story"));
    List<ArticleFeatures> briefFeatures = StoryDetector.withEmbeddings().features(brief);
    StoryConfig d = StoryConfig.withEmbeddings();
    double[] events = {0.40, 0.45, 0.50, 0.55};
    double[] attaches = {0.25, 0.30, 0.35, 0.40};
    System.out.println("event attach | ECB+ event P/R/F1 storyline F1 | brief-dev event P/R/F1");
    for (double e : events) {
      for (double at : attaches) {
        StoryConfig c = new StoryConfig(d.storyline(), d.event(), d.storylineThreshold(), e, d.storylineMergeThreshold(),
            at, d.neighbours(), true);
        StoryDetector detector = new StoryDetector(c, Optional.of(MiniLm.events()));
        Stories se = detector.detectFeatures(ecbFeatures);
        Stories sb = detector.detectFeatures(briefFeatures);
        double[] ev = EcbPlusDev.b3(ecb.goldEvent, eventOf(se));
        double[] st = EcbPlusDev.b3(ecb.goldStoryline, storylineOf(se));
        double[] bv = EcbPlusDev.b3(briefGold, eventOf(sb));
        System.out.printf("%.2f %.2f | %.3f %.3f %.3f  %.3f | %.3f %.3f %.3f%n", e, at, ev[0], ev[1], ev[2], st[2], bv[0], bv[1], bv[2]);
      }
    }
  }

  static Map<String, String> eventOf(Stories s) {
    Map<String, String> m = new HashMap<>();
    for (Stories.Assignment a : s.assignments()) m.put(a.articleId(), a.eventId());
    return m;
  }

  static Map<String, String> storylineOf(Stories s) {
    Map<String, String> m = new HashMap<>();
    for (Stories.Assignment a : s.assignments()) m.put(a.articleId(), a.storylineId());
    return m;
  }
}
