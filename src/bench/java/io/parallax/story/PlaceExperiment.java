package io.parallax.story;

import io.parallax.model.Article;
import java.util.*;
import java.util.regex.*;

/**
 * Experiment: names that follow a place preposition ("in Brooklyn", "at Athens") are left out of the
 * name vector (places are shared by unrelated stories; actors are not); storyline model refitted on one
 * half, default merge and lexical events.
 */
public final class PlaceExperiment {
  static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|outside|across|of)\\s+((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+)*)");

  static Set<String> places(Article a) {
    Set<String> out = new HashSet<>();
    Matcher m = PLACE.matcher(a.title().map(t -> t + "\n").orElse("") + a.text());
    while (m.find()) {
      String seq = m.group(1).toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      out.add(seq);
      for (String w : seq.split("\\s+")) out.add(w);
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryConfig lex = StoryConfig.withoutEmbeddings();
    StoryConfig emb = StoryConfig.withEmbeddings();
    List<ArticleFeatures> base = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, true);
    int n = base.size();
    List<ArticleFeatures> noPlace = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ArticleFeatures f = base.get(i);
      Set<String> pl = places(dev.articles.get(i).article());
      Map<String, Integer> names = new HashMap<>(f.names());
      names.keySet().removeAll(pl);
      noPlace.add(new ArticleFeatures(f.id(), f.title(), f.terms(), f.subject(), names, f.times(), f.numbers(), f.date(), f.published(), f.embedding()));
      if (i % 150 == 0) System.out.println("PLACES " + f.id() + " " + pl);
    }
    CountingTermStatistics stats = new CountingTermStatistics(base);
    List<ArticleProfile> profiles = base.stream().map(f -> ArticleProfile.of(f, stats)).toList();
    CountingTermStatistics stats2 = new CountingTermStatistics(noPlace);
    List<ArticleProfile> p2 = noPlace.stream().map(f -> ArticleProfile.of(f, stats2)).toList();
    List<int[]> pairs = StoryDetector.candidatePairs(profiles, lex.neighbours());
    List<PairEvidence> ev = pairs.stream().map(p -> PairEvidence.of(profiles.get(p[0]), profiles.get(p[1]))).toList();
    List<PairEvidence> ev2 = pairs.stream().map(p -> PairEvidence.of(p2.get(p[0]), p2.get(p[1]))).toList();
    int[] half = new int[n];
    for (int i = 0; i < n; i++) half[i] = Integer.parseInt(dev.goldStoryline.get(profiles.get(i).id())) % 2;
    for (int fitHalf = 0; fitHalf <= 2; fitHalf++) {
      List<double[]> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int k = 0; k < pairs.size(); k++) {
        int a = pairs.get(k)[0], b = pairs.get(k)[1];
        if (fitHalf < 2 && (half[a] != fitHalf || half[b] != fitHalf)) continue;
        xs.add(ev2.get(k).toArray());
        ys.add(dev.goldStoryline.get(profiles.get(a).id()).equals(dev.goldStoryline.get(profiles.get(b).id())) ? 1 : 0);
      }
      StoryModel story = StoryCalibration.fit(xs, ys, true, false);
      System.out.println("MODEL fitted on " + (fitHalf == 2 ? "all" : "h" + fitHalf) + " " + story);
      for (double ts : new double[] {0.1, 0.15, 0.2, 0.25, 0.3}) {
        for (double tm : new double[] {0.45, 0.475, 0.5, 0.525, 0.55, 1.0}) {
          StoryConfig c = new StoryConfig(story, lex.event(), ts, lex.eventThreshold(), tm, lex.attachThreshold(), 60, true);
          int[] st = StoryDetector.clusterStorylines(n, pairs, ev2, c);
          if (tm < 1) st = StoryDetector.mergeStorylines(profiles, pairs, st, tm);
          int[] e = StoryDetector.clusterEvents(st, pairs, ev, lex);
          e = StoryDetector.attachSmallEvents(profiles, st, e, StoryDetector.SMALL_EVENT, lex.attachThreshold());
          HybridExperiment.report(String.format("fit=%d ts=%.2f merge=%.3f", fitHalf, ts, tm), dev, profiles, e, st);
        }
      }
    }
  }
}
