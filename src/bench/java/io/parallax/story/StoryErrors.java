package io.parallax.story;

import java.util.*;

/** Error analysis on ECB+ dev: how gold storylines and events are split or merged. Argument: lex or emb. */
public final class StoryErrors {
  public static void main(String[] args) throws Exception {
    boolean emb = args.length > 0 && args[0].equals("emb");
    EcbPlusDev dev = new EcbPlusDev(EcbPlusDev.DIR);
    StoryDetector d = emb ? StoryDetector.withEmbeddings() : StoryDetector.lexical();
    List<ArticleFeatures> f = EcbPlusDev.cachedFeatures(StoryDetector.lexical(), dev.articles, emb);
    Stories s = d.detectFeatures(f);
    Map<String, String> pe = new HashMap<>(), ps = new HashMap<>();
    for (Stories.Assignment a : s.assignments()) { pe.put(a.articleId(), a.eventId()); ps.put(a.articleId(), a.storylineId()); }
    System.out.println("event " + Arrays.toString(EcbPlusDev.b3(dev.goldEvent, pe)) + " story " + Arrays.toString(EcbPlusDev.b3(dev.goldStoryline, ps)));
    // per predicted storyline: gold composition
    Map<String, Map<String, Integer>> comp = new TreeMap<>();
    for (var e : ps.entrySet()) comp.computeIfAbsent(e.getValue(), x -> new TreeMap<>()).merge(dev.goldEvent.get(e.getKey()), 1, Integer::sum);
    Map<String, List<String>> byTopic = new TreeMap<>();
    for (var e : comp.entrySet()) {
      Set<String> topics = new TreeSet<>();
      for (String g : e.getValue().keySet()) topics.add(g.split("_")[0]);
      for (String t : topics) byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(e.getKey() + e.getValue());
    }
    for (var e : byTopic.entrySet()) if (e.getValue().size() > 1 || e.getValue().get(0).contains(",")) System.out.println("topic " + e.getKey() + ": " + e.getValue());
    // event level within topics: event clusters composition
    Map<String, Map<String, Integer>> ec = new TreeMap<>();
    for (var e : pe.entrySet()) ec.computeIfAbsent(e.getValue(), x -> new TreeMap<>()).merge(dev.goldEvent.get(e.getKey()), 1, Integer::sum);
    Map<String, List<String>> evByTopic = new TreeMap<>();
    for (var e : ec.entrySet()) {
      Set<String> topics = new TreeSet<>();
      for (String g : e.getValue().keySet()) topics.add(g.split("_")[0]);
      for (String t : topics) evByTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(e.getKey() + e.getValue());
    }
    for (var e : evByTopic.entrySet()) if (e.getValue().size() != 2 || e.getValue().stream().anyMatch(x -> x.contains(","))) System.out.println("events " + e.getKey() + ": " + e.getValue());
  }
}
