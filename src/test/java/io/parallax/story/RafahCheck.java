package io.parallax.story;
import io.parallax.cli.InterimArticleReader;
import java.nio.file.Path;
import java.util.*;
public final class RafahCheck {
  public static void main(String[] a) throws Exception {
    StoryDetector d = StoryDetector.withEmbeddings();
    List<ArticleFeatures> f = d.features(InterimArticleReader.readAll(List.of(Path.of("corpus/rafah-2024"))));
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    List<ArticleFeatures> ecb = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    for (double te : new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.75}) {
      StoryConfig c = d.config();
      StoryConfig c2 = new StoryConfig(c.storyline(), c.event(), c.storylineThreshold(), te, c.storylineMergeThreshold(), c.attachThreshold(), c.neighbours(), true);
      StoryDetector d2 = new StoryDetector(c2, Optional.of(new StoryCalibration.NoEmbedder()));
      Stories r = d2.detectFeatures(f);
      Stories s = d2.detectFeatures(ecb);
      Map<String, String> pe = new HashMap<>();
      for (Stories.Assignment x : s.assignments()) pe.put(x.articleId(), x.eventId());
      String out = "";
      for (int h = 0; h < 3; h++) {
        Map<String, String> ge = new HashMap<>();
        for (var g : dev.goldStoryline.entrySet()) if (h == 2 || Integer.parseInt(g.getValue()) % 2 == h) ge.put(g.getKey(), dev.goldEvent.get(g.getKey()));
        out += String.format(" h%d ev=%.3f", h, EcbPlusDev.b3(ge, pe)[2]);
      }
      System.out.println("te=" + te + out + " rafah events=" + r.events().size() + " " + r.assignments().stream().map(Stories.Assignment::eventId).toList());
    }
  }
}
