package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.MiniLm;
import java.util.*;

/**
 * Experiment: embed the title and the first N lead sentences (argument, default 1; the default path embeds 3);
 * storyline model refitted on one half (or all), merge and lexical events as in the default.
 */
public final class ShortLeadExperiment {
  static int sentences = 1;

  static String shortLead(CleanArticle a) {
    StringBuilder b = new StringBuilder();
    a.article().title().ifPresent(t -> b.append(t).append('\n'));
    int left = sentences;
    String text = a.text();
    for (io.parallax.model.Span span : io.parallax.nlp.Segmentation.sentences(text, List.of(new io.parallax.model.Span(0, text.length())))) {
      String s = span.textOf(text);
      if (s.length() < 25 || s.startsWith("http")) continue;
      b.append(s).append(' ');
      if (--left == 0) break;
    }
    return b.toString().strip();
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0) sentences = Integer.parseInt(args[0]);
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    List<ArticleFeatures> plain = StoryDetector.lexical().features(dev.articles);
    long t0 = System.nanoTime();
    List<float[]> vs = MiniLm.events().embed(dev.articles.stream().map(ShortLeadExperiment::shortLead).toList());
    System.out.printf("short-lead embedding of %d articles: %.1f s%n", vs.size(), (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    MiniLm.events().embed(dev.articles.stream().map(FeatureExtractor::embeddingText).toList());
    System.out.printf("title+lead embedding of %d articles: %.1f s%n", vs.size(), (System.nanoTime() - t0) / 1e9);
    List<ArticleFeatures> features = new ArrayList<>();
    for (int i = 0; i < plain.size(); i++) features.add(plain.get(i).withEmbedding(vs.get(i)));
    CountingTermStatistics stats = new CountingTermStatistics(features);
    List<ArticleProfile> profiles = features.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    int n = profiles.size();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, lex.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    int[] half = new int[n];
    for (int i = 0; i < n; i++) half[i] = Integer.parseInt(dev.goldStoryline.get(profiles.get(i).id())) % 2;
    for (int fitHalf = 0; fitHalf <= 2; fitHalf++) {
      List<double[]> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int k = 0; k < pairs.size(); k++) {
        int a = pairs.get(k)[0], b = pairs.get(k)[1];
        if (fitHalf < 2 && (half[a] != fitHalf || half[b] != fitHalf)) continue;
        xs.add(ev.get(k).toArray());
        ys.add(dev.goldStoryline.get(profiles.get(a).id()).equals(dev.goldStoryline.get(profiles.get(b).id())) ? 1 : 0);
      }
      StoryModel story = StoryCalibration.fit(xs, ys, true, false);
      System.out.println("MODEL fitted on " + (fitHalf == 2 ? "all" : "h" + fitHalf) + " " + story);
      for (double ts : new double[] {0.1, 0.15, 0.2, 0.25}) {
        for (double tm : new double[] {0.45, 0.475, 0.5, 0.525, 0.55, 1.0}) {
          StoryConfig c = new StoryConfig(story, lex.event(), ts, lex.eventThreshold(), tm, lex.attachThreshold(), 60, true);
          int[] st = StoryDetector.clusterStorylines(n, pairs, ev, c);
          if (tm < 1) st = StoryDetector.mergeStorylines(profiles, pairs, st, tm);
          int[] e = StoryDetector.clusterEvents(st, pairs, ev, lex);
          e = StoryDetector.attachSmallEvents(profiles, st, e, StoryDetector.SMALL_EVENT, lex.attachThreshold());
          HybridExperiment.report(String.format("fit=%d ts=%.2f merge=%.3f", fitHalf, ts, tm), dev, profiles, e, st);
        }
      }
    }
  }
}
