package io.parallax.pipeline;

import io.parallax.clean.CleanArticle;
import io.parallax.model.Span;
import io.parallax.nlp.NewsTokenizer;
import io.parallax.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A plain grouping by vocabulary: articles whose TF-IDF vectors of capitalised and long words have
 * cosine similarity above {@code eventThreshold} are linked into one event (single link), and events
 * above {@code storylineThreshold} into one storyline.
 */
public final class SimpleGrouper {

  private final Tokenizer tokenizer = new NewsTokenizer();
  private final double eventThreshold;
  private final double storylineThreshold;

  public SimpleGrouper(double eventThreshold, double storylineThreshold) {
    this.eventThreshold = eventThreshold;
    this.storylineThreshold = storylineThreshold;
  }

  public StoryGroup group(List<CleanArticle> articles) {
    int n = articles.size();
    List<Map<String, Double>> vectors = tfidf(articles);
    int[] event = unionFind(n, vectors, eventThreshold);
    int[] storyline = unionFind(n, vectors, storylineThreshold);
    Map<Integer, List<Integer>> events = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) events.computeIfAbsent(event[i], k -> new ArrayList<>()).add(i);
    Map<Integer, String> storylineIds = new LinkedHashMap<>();
    Map<String, List<String>> storylineEvents = new LinkedHashMap<>();
    Map<String, String> storylineTitles = new HashMap<>();
    List<StoryGroup.Event> out = new ArrayList<>();
    int e = 0;
    for (List<Integer> members : events.values()) {
      String id = "e" + (++e);
      int root = storyline[members.get(0)];
      String sid = storylineIds.computeIfAbsent(root, r -> "s" + (storylineIds.size() + 1));
      String title = members.stream().map(i -> articles.get(i).article().title()).flatMap(Optional::stream)
          .findFirst().orElse(firstSentence(articles.get(members.get(0))));
      out.add(new StoryGroup.Event(id, sid, title, Optional.empty(),
          members.stream().map(i -> articles.get(i).id()).toList()));
      storylineEvents.computeIfAbsent(sid, k -> new ArrayList<>()).add(id);
      storylineTitles.putIfAbsent(sid, title);
    }
    List<StoryGroup.Storyline> lines = storylineEvents.entrySet().stream()
        .map(en -> new StoryGroup.Storyline(en.getKey(), storylineTitles.get(en.getKey()), en.getValue())).toList();
    return new StoryGroup(out, lines);
  }

  private static String firstSentence(CleanArticle a) {
    String text = a.text();
    int end = text.indexOf(". ");
    String s = end > 0 ? text.substring(0, end + 1) : text;
    return s.length() > 120 ? s.substring(0, 117) + "…" : s;
  }

  private List<Map<String, Double>> tfidf(List<CleanArticle> articles) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (CleanArticle a : articles) {
      Map<String, Integer> c = new HashMap<>();
      String text = a.article().text();
      for (Span p : a.paragraphs()) {
        for (Span t : tokenizer.tokenize(text, p)) {
          String w = t.textOf(text);
          if (w.length() < 5 && !Character.isUpperCase(w.charAt(0))) continue;
          if (!Character.isLetter(w.charAt(0))) continue;
          c.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
      c.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
      counts.add(c);
    }
    int n = articles.size();
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Integer> c : counts) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (var en : c.entrySet()) {
        double w = (1 + Math.log(en.getValue())) * Math.log(1.0 + n / (double) df.get(en.getKey()));
        v.put(en.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      if (len > 0) v.replaceAll((k, w) -> w / len);
      out.add(v);
    }
    return out;
  }

  private static int[] unionFind(int n, List<Map<String, Double>> v, double threshold) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (cosine(v.get(i), v.get(j)) >= threshold) parent[find(parent, j)] = find(parent, i);
      }
    }
    for (int i = 0; i < n; i++) parent[i] = find(parent, i);
    return parent;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) i = p[i] = p[p[i]];
    return i;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() < b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    return dot;
  }
}
