package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Grid search of the incremental thresholds on ECB+ dev (articles streamed in file order). Optional
 * arguments: the storyline and event thresholds to try, comma-separated ("0.2,0.3" "0.5,0.55").
 */
public final class IncrementalCalibration {
  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    double[] storyline = args.length > 0 ? parse(args[0]) : new double[] {0.3, 0.5, 0.7, 0.85, 0.95};
    double[] event = args.length > 1 ? parse(args[1]) : new double[] {0.4, 0.55, 0.7};
    for (double ts : storyline) {
      for (double te : event) {
        Path dir = Files.createTempDirectory("inc");
        Map<String, String> ev = new HashMap<>();
        Map<String, String> st = new HashMap<>();
        try (Store store = Store.open(dir)) {
          IncrementalStoryDetector d = new IncrementalStoryDetector(store,
              new StoryConfig(lex.storyline(), lex.event(), ts, te, lex.storylineMergeThreshold(), lex.attachThreshold(), 30, false), Optional.empty());
          for (CleanArticle a : dev.articles) {
            Stories.Assignment as = d.assign(a);
            ev.put(as.articleId(), as.eventId());
            st.put(as.articleId(), as.storylineId());
          }
        }
        double[] e = EcbPlusDev.b3(dev.goldEvent, ev);
        double[] s = EcbPlusDev.b3(dev.goldStoryline, st);
        System.out.printf("ts=%.2f te=%.2f event P=%.3f R=%.3f F1=%.3f | storyline P=%.3f R=%.3f F1=%.3f%n",
            ts, te, e[0], e[1], e[2], s[0], s[1], s[2]);
      }
    }
  }

  private static double[] parse(String list) {
    return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
  }
}
