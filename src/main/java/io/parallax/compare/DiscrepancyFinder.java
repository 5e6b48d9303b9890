package io.parallax.compare;

import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.Reading;
import io.parallax.compare.Comparison.Verdict;
import io.parallax.model.Span;
import io.parallax.nlp.QuantityKind;
import io.parallax.nlp.QuantityMention;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the same quantity reported differently. Quantities from {@link QuantitySource} are grouped
 * into one slot when they measure the same kind of thing (counts of the same noun class; durations
 * and dates together) and their sentences share context words (at least two, IDF-weighted overlap
 * {@link #CONTEXT} or more). A date becomes a duration ("days before publication") when its article
 * has a publication date, so "February 15" can be checked against "32 days". A slot with two or more
 * articles and differing readings is a discrepancy: compatible when all intervals share a value,
 * conflicting when two readings exclude each other.
 */
final class DiscrepancyFinder {

  static final double CONTEXT = 0.25;

  private record M(AnalyzedArticle article, QuantityMention q, Set<String> context, Set<String> local,
      int sentence, String cls, double low, Optional<Double> high, String unit, Role role) {}

  /**
   * What a figure measures beyond its counted noun: the noun it modifies or is "of" ("a 9% stake", "a
   * stake of 9%" -> "stake"; "" when none), whether it is a rate ("daily", "a day", "per week": the
   * period; "" for a total), and whether it is a forecast ("expected", "could", "projected") or a
   * reported outcome.
   */
  record Role(String head, String rate, boolean forecast) {
    /** Two figures measure the same thing only when neither role tells them apart. */
    boolean matches(Role o) {
      return (head.isEmpty() || o.head.isEmpty() || head.equals(o.head)) && rate.equals(o.rate) && forecast == o.forecast;
    }
  }

  private static final Set<String> FORECAST = Set.of("expect", "expected", "expects", "forecast", "forecasts",
      "project", "projected", "projects", "predict", "predicted", "predicts", "could", "would", "might",
      "will", "estimate", "target", "targets", "goal", "aim", "aims", "plan", "plans", "planned");
  private static final Map<String, String> RATES = Map.of("daily", "day", "weekly", "week", "monthly", "month",
      "annual", "year", "annually", "year", "yearly", "year", "hourly", "hour");
  private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "hour");
  /** Words before a figure that make it a limit on the noun before them: "capped at 14.9%". */
  private static final Set<String> LIMIT_WORDS = Set.of("at", "to");
  /** Words that make a figure a rate when a period follows: "a day", "per week". */
  private static final Set<String> PER_WORDS = Set.of("a", "per", "each", "every");

  /** The role of the quantity at {@code q} in its sentence (see {@link Role}). */
  static Role role(AnalyzedArticle.Sent sent, Span q) {
    List<AnalyzedArticle.Tok> t = sent.tokens();
    Clause c = Clause.around(t, q);
    if (c == null) return new Role("", "", false);
    int first = c.first();
    int last = c.last();
    String head = "";
    if (last + 1 < t.size() && t.get(last + 1).content() && !t.get(last + 1).capitalized()) {
      head = t.get(last + 1).stem(); // "9% stake"
    } else if (first >= 2 && t.get(first - 1).lower().equals("of") && t.get(first - 2).content()) {
      head = t.get(first - 2).stem(); // "a stake of 9%"
    } else if (first >= 2 && LIMIT_WORDS.contains(t.get(first - 1).lower()) && t.get(first - 2).content()) {
      head = t.get(first - 2).stem(); // "capped at 14.9%"
    }
    String rate = "";
    boolean forecast = false;
    for (int i = c.from(); i <= c.to(); i++) {
      String w = t.get(i).lower();
      if (RATES.containsKey(w)) rate = RATES.get(w);
      if (i > last && i + 1 <= c.to() && PER_WORDS.contains(w)
          && PERIODS.contains(t.get(i + 1).stem())) rate = t.get(i + 1).stem();
      if (i < first && FORECAST.contains(w)) forecast = true;
    }
    if (FORECAST.contains(head)) forecast = true;
    return new Role(head, rate, forecast);
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", "and",
      "but", "while", "whereas", "who", "which", "that");

  /** Content stems of the clause around the quantity (between commas, "and", "which"...). */
  private static Set<String> clause(AnalyzedArticle.Sent sent, Span q) {
    List<AnalyzedArticle.Tok> t = sent.tokens();
    Set<String> out = new HashSet<>();
    Clause c = Clause.around(t, q);
    if (c == null) return out;
    for (int i = c.from(); i <= c.to(); i++) {
      if ((i < c.first() || i > c.last()) && t.get(i).content() && !t.get(i).inQuote()) out.add(t.get(i).stem());
    }
    return out;
  }

  /**
   * The tokens of a quantity in its sentence, {@code [first, last]}, and of the clause around it,
   * {@code [from, to]}: out to the nearest comma, "and", "which"... on either side.
   */
  private record Clause(int from, int first, int last, int to) {
    /** The clause around {@code q} among the sentence's tokens {@code t}, or null when no token lies in it. */
    static Clause around(List<AnalyzedArticle.Tok> t, Span q) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < t.size(); i++) {
        if (q.overlaps(t.get(i).span())) {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first < 0) return null;
      int from = first;
      while (from > 0 && !CLAUSE_BREAKS.contains(t.get(from - 1).lower())) from--;
      int to = last;
      while (to + 1 < t.size() && !CLAUSE_BREAKS.contains(t.get(to + 1).lower())) to++;
      return new Clause(from, first, last, to);
    }
  }

  /** Words of time units: the unit of a duration, not context that ties two readings together. */
  private static final List<String> UNIT_WORDS = List.of("day", "week", "month", "year", "minute", "hour");

  /**
   * The event's sentences as a vocabulary: each content stem's sentence frequency (for IDF weights),
   * the number of sentences, and each stem's most frequent written form (for labels).
   */
  private record Vocabulary(Map<String, Integer> df, int sentences, Map<String, String> word) {

    static Vocabulary of(List<AnalyzedArticle> articles) {
      Map<String, Integer> df = new HashMap<>();
      Map<String, Map<String, Integer>> written = new HashMap<>();
      int n = 0;
      for (AnalyzedArticle a : articles) {
        for (AnalyzedArticle.Sent s : a.sentences) {
          n++;
          Set<String> seen = new HashSet<>();
          for (AnalyzedArticle.Tok t : s.tokens()) {
            if (!t.content()) continue;
            if (seen.add(t.stem())) df.merge(t.stem(), 1, Integer::sum);
            written.computeIfAbsent(t.stem(), k -> new HashMap<>()).merge(t.lower(), 1, Integer::sum);
          }
        }
      }
      Map<String, String> word = new HashMap<>();
      written.forEach((stem, f) -> word.put(stem, f.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
          .orElseThrow().getKey()));
      return new Vocabulary(df, n, word);
    }

    double idf(String w) {
      return DiscrepancyFinder.idf(w, df, sentences);
    }
  }

  static List<Discrepancy> find(List<AnalyzedArticle> articles, QuantitySource source) {
    Vocabulary vocabulary = Vocabulary.of(articles);
    List<M> ms = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (QuantityMention q : source.quantities(a.source)) reading(a, q).ifPresent(ms::add);
    }
    List<Discrepancy> out = new ArrayList<>();
    for (List<M> slot : slots(ms, vocabulary)) {
      Set<String> arts = new LinkedHashSet<>();
      Set<String> forms = new HashSet<>();
      for (M m : slot) {
        arts.add(m.article().id());
        forms.add(m.q().span().textOf(m.article().text).toLowerCase(Locale.ROOT));
      }
      if (arts.size() < 2 || forms.size() < 2) continue;
      out.add(judge(slot, vocabulary));
    }
    return out;
  }

  /**
   * Quantity {@code q} of article {@code a} as a reading to compare: with its sentence's and clause's
   * context words, its class, its interval (a date as days before publication when it can be) and its
   * role; empty when it lies in no sentence or counts nothing named.
   */
  private static Optional<M> reading(AnalyzedArticle a, QuantityMention q) {
    AnalyzedArticle.Sent sent = null;
    for (AnalyzedArticle.Sent s : a.sentences) if (s.span().contains(q.span())) { sent = s; break; }
    if (sent == null || q.kind() == QuantityKind.COUNT && q.noun().isEmpty()) return Optional.empty();
    Set<String> ctx = new HashSet<>();
    for (AnalyzedArticle.Tok t : sent.tokens()) {
      if (t.content() && !q.span().overlaps(t.span()) && !t.inQuote()) ctx.add(t.stem());
    }
    UNIT_WORDS.forEach(ctx::remove);
    String cls = switch (q.kind()) {
      case DURATION, DATE -> "time";
      case COUNT -> "count:" + q.noun();
    };
    double low = q.low();
    Optional<Double> high = q.high();
    String unit = q.kind() == QuantityKind.COUNT ? q.noun() : "days";
    if (q.kind() == QuantityKind.DATE) {
      Optional<OffsetDateTime> pub = a.source.article().published();
      if (pub.isEmpty() || q.date().isEmpty()) {
        unit = "day of year";
      } else { // how many days before publication the day named is
        low = ChronoUnit.DAYS.between(q.date().get(), pub.get().toLocalDate());
        high = Optional.of(low);
      }
    }
    Set<String> local = clause(sent, q.span());
    UNIT_WORDS.forEach(local::remove);
    return Optional.of(new M(a, q, ctx, local, sent.index(), cls, low, high, unit, role(sent, q.span())));
  }

  /**
   * The readings grouped into slots, one per quantity: agglomerative single-link clustering within a
   * class, strongest links first; two quantities of one sentence are two different quantities, so
   * clusters holding both never merge.
   */
  private static List<List<M>> slots(List<M> ms, Vocabulary v) {
    List<double[]> links = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        M a = ms.get(i);
        M b = ms.get(j);
        if (!a.cls().equals(b.cls()) || a.article() == b.article() && a.sentence() == b.sentence()) continue;
        if (!a.role().matches(b.role())) continue; // a stake is not a cap, a daily figure not a total
        double sent = overlap(a.context(), b.context(), v.df(), v.sentences());
        double loc = localOverlap(a.local(), b.local(), v.df(), v.sentences());
        // time readings of one event are few, so a shared clause word ("last", "spoke") suffices
        double localNeeded = a.cls().equals("time") ? 0.3 : 0.5;
        if (sent >= CONTEXT || loc >= localNeeded) links.add(new double[] {sent + loc, i, j});
      }
    }
    links.sort((x, y) -> Double.compare(y[0], x[0]));
    int[] parent = new int[ms.size()];
    List<Set<String>> sentencesOf = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      parent[i] = i;
      sentencesOf.add(new HashSet<>(Set.of(ms.get(i).article().id() + "#" + ms.get(i).sentence())));
    }
    for (double[] l : links) {
      int x = root(parent, (int) l[1]);
      int y = root(parent, (int) l[2]);
      if (x == y || !java.util.Collections.disjoint(sentencesOf.get(x), sentencesOf.get(y))) continue;
      parent[y] = x;
      sentencesOf.get(x).addAll(sentencesOf.get(y));
    }
    Map<Integer, List<M>> byRoot = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ms.size(); i++) byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ms.get(i));
    return new ArrayList<>(byRoot.values());
  }

  private static Discrepancy judge(List<M> slot, Vocabulary vocabulary) {
    List<Reading> readings = new ArrayList<>();
    for (M m : slot) {
      Evidence ev = new Evidence(m.article().id(), m.article().outlet(), m.q().span(),
          m.q().span().textOf(m.article().text));
      readings.add(new Reading(ev, m.q().qualifier(), m.low(), m.high(), m.unit(),
          m.article().source.article().published().map(OffsetDateTime::toString)));
    }
    String conflict = null;
    int skipped = 0;
    for (int i = 0; i < slot.size() && conflict == null; i++) {
      for (int j = i + 1; j < slot.size(); j++) {
        M a = slot.get(i);
        M b = slot.get(j);
        if (!a.unit().equals(b.unit())) { skipped++; continue; }
        if (!overlaps(a, b)) {
          conflict = "\"" + a.q().span().textOf(a.article().text) + "\" (" + a.article().id() + ") excludes \""
              + b.q().span().textOf(b.article().text) + "\" (" + b.article().id() + ")";
          break;
        }
      }
    }
    QuantityKind kind = slot.get(0).cls().equals("time")
        ? (slot.stream().allMatch(m -> m.q().kind() == QuantityKind.DATE) ? QuantityKind.DATE : QuantityKind.DURATION)
        : QuantityKind.COUNT;
    Verdict verdict = conflict == null ? Verdict.COMPATIBLE : Verdict.CONFLICTING;
    String explanation = conflict != null ? conflict
        : "all readings can hold at once (their ranges share a value)"
            + (skipped > 0 ? "; dates without a publication date were not compared with durations" : "");
    return new Discrepancy(kind, about(slot, vocabulary), verdict, explanation, readings);
  }

  private static boolean overlaps(M a, M b) {
    double ahi = a.high().orElse(Double.MAX_VALUE);
    double bhi = b.high().orElse(Double.MAX_VALUE);
    return a.low() <= bhi && b.low() <= ahi;
  }

  /** The counted noun and the context words most readings share, as written (not stems). */
  private static String about(List<M> slot, Vocabulary v) {
    Map<String, Integer> count = new HashMap<>();
    for (M m : slot) for (String w : m.context()) count.merge(w, 1, Integer::sum);
    List<String> shared = count.entrySet().stream().filter(e -> e.getValue() >= 2)
        .sorted((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue()
            : Double.compare(v.idf(y.getKey()), v.idf(x.getKey())))
        .limit(4).map(e -> v.word().getOrDefault(e.getKey(), e.getKey())).toList();
    String head = slot.get(0).cls().equals("time") ? "time" : slot.get(0).unit();
    return head + (shared.isEmpty() ? "" : " (" + String.join(", ", shared) + ")");
  }

  private static double idf(String w, Map<String, Integer> df, int n) {
    return Math.log(1.0 + (double) n / df.getOrDefault(w, 1));
  }

  private static int root(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  /** IDF-weighted overlap of clause contexts; one shared word is enough. */
  static double localOverlap(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
    double shared = 0;
    double wa = 0;
    double wb = 0;
    for (String w : a) {
      double i = idf(w, df, n);
      wa += i;
      if (b.contains(w)) shared += i;
    }
    for (String w : b) wb += idf(w, df, n);
    return shared == 0 ? 0 : shared / Math.min(wa, wb);
  }

  static double overlap(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
    double shared = 0;
    int sharedCount = 0;
    double wa = 0;
    double wb = 0;
    for (String w : a) {
      double i = idf(w, df, n);
      wa += i;
      if (b.contains(w)) { shared += i; sharedCount++; }
    }
    for (String w : b) wb += idf(w, df, n);
    if (sharedCount < 2) return 0;
    return shared / Math.min(wa, wb);
  }
}
