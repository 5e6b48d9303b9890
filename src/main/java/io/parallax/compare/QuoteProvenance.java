package io.parallax.compare;

import io.parallax.compare.Comparison.DiffOp;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.QuoteGroup;
import io.parallax.compare.Comparison.QuoteStatus;
import io.parallax.compare.Comparison.QuoteUse;
import io.parallax.model.Span;
import io.parallax.nlp.Mentions;
import io.parallax.nlp.QuoteMention;
import io.parallax.nlp.Segmentation;
import io.parallax.nlp.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the direct quotes of an event into distinct quotes and compares each carrier's wording.
 * Two quotes are the same quote when they share a run of at least five consecutive words (hyphens
 * split, case and punctuation ignored), or are equal when shorter; groups are transitive, so two
 * excerpts of one statement meet through a longer carrier. The common form is the wording most
 * carriers use (the longest of equally common ones); each carrier gets a word diff against it.
 */
final class QuoteProvenance {

  static final int RUN = 5;
  static final int MIN_WORDS_SINGLE = 4;

  private record Q(AnalyzedArticle article, QuoteMention mention, int mentionId, Span span,
      List<String> tokens, List<String> words) {}

  private static Q makeQ(AnalyzedArticle a, QuoteMention m, int mentionId, Span span) {
    List<String> toks = new ArrayList<>();
    for (Span t : Segmentation.tokens(a.text, span)) toks.add(t.textOf(a.text));
    while (!toks.isEmpty() && !Words.isWord(toks.get(toks.size() - 1))) toks.remove(toks.size() - 1);
    while (!toks.isEmpty() && !Words.isWord(toks.get(0))) toks.remove(0);
    List<String> words = new ArrayList<>();
    for (String t : toks) {
      if (!Words.isWord(t)) continue;
      for (String p : t.split("-")) if (!p.isEmpty()) words.add(Words.lower(p));
    }
    return new Q(a, m, mentionId, span, toks, words);
  }

  static List<QuoteGroup> find(List<AnalyzedArticle> articles, QuoteSource source) {
    // units: the sentences of each quote, so that two carriers quoting different sentences of one
    // statement are compared sentence by sentence
    List<Q> qs = new ArrayList<>();
    int mentionId = 0;
    for (AnalyzedArticle a : articles) {
      for (QuoteMention m : source.quotes(a.source)) {
        for (Span sent : Segmentation.sentences(a.text, List.of(m.content()))) {
          Q q = makeQ(a, m, mentionId, sent);
          if (!q.words().isEmpty()) qs.add(q);
        }
        mentionId++;
      }
    }
    int n = qs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Map<String, List<Integer>> grams = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> w = qs.get(i).words();
      if (w.size() < RUN) {
        grams.computeIfAbsent("=" + String.join(" ", w), k -> new ArrayList<>()).add(i);
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int k = 0; k + 3 <= w.size(); k++) {
        String g = String.join(" ", w.subList(k, k + 3));
        if (seen.add(g)) grams.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    for (Map.Entry<String, List<Integer>> e : grams.entrySet()) {
      List<Integer> ids = e.getValue();
      boolean exact = e.getKey().startsWith("=");
      for (int x = 0; x < ids.size(); x++) {
        for (int y = x + 1; y < ids.size(); y++) {
          int a = ids.get(x);
          int b = ids.get(y);
          if (find(parent, a) == find(parent, b)) continue;
          if (exact || (tried.add((long) a * n + b) && longestRun(qs.get(a).words(), qs.get(b).words()) >= RUN)) {
            parent[find(parent, a)] = find(parent, b);
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    // sentence groups carried by exactly the same quotes are one quote again: rejoin their sentences
    Map<List<Integer>, List<Integer>> bySignature = new LinkedHashMap<>();
    for (List<Integer> g : groups.values()) {
      List<Integer> sig = g.stream().map(i -> qs.get(i).mentionId()).sorted().toList();
      if (new HashSet<>(sig).size() != sig.size()) sig = List.of(-1 - g.get(0)); // repeated within a quote
      bySignature.computeIfAbsent(sig, k -> new ArrayList<>()).addAll(g);
    }
    List<QuoteGroup> out = new ArrayList<>();
    for (List<Integer> members : bySignature.values()) {
      Map<Integer, Span> perMention = new LinkedHashMap<>();
      Map<Integer, Q> any = new HashMap<>();
      for (int i : members) {
        Q q = qs.get(i);
        any.putIfAbsent(q.mentionId(), q);
        perMention.merge(q.mentionId(), q.span(),
            (x, y) -> new Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end())));
      }
      List<Q> merged = new ArrayList<>();
      perMention.forEach((id, span) -> merged.add(makeQ(any.get(id).article(), any.get(id).mention(), id, span)));
      Set<String> arts = new HashSet<>();
      for (Q q : merged) arts.add(q.article().id());
      if (arts.size() < 2 && merged.get(0).words().size() < MIN_WORDS_SINGLE) continue;
      List<Integer> idx = new ArrayList<>();
      for (int k = 0; k < merged.size(); k++) idx.add(k);
      out.add(group(idx, merged));
    }
    out.sort(Comparator.comparingInt((QuoteGroup q) -> -(int) q.uses().stream()
        .map(u -> u.quote().articleId()).distinct().count()));
    return out;
  }

  private static QuoteGroup group(List<Integer> g, List<Q> qs) {
    Map<String, Integer> formCount = new HashMap<>();
    for (int i : g) formCount.merge(String.join(" ", qs.get(i).words()), 1, Integer::sum);
    Q common = null;
    for (int i : g) {
      Q q = qs.get(i);
      if (common == null) { common = q; continue; }
      int c = formCount.get(String.join(" ", q.words()));
      int cc = formCount.get(String.join(" ", common.words()));
      if (c > cc || c == cc && q.words().size() > common.words().size()) common = q;
    }
    Map<String, Integer> speakerKeys = new HashMap<>();
    Map<String, String> speakerNames = new HashMap<>();
    for (int i : g) {
      Optional<String> sp = qs.get(i).mention().speaker();
      if (sp.isEmpty()) continue;
      String name = Mentions.speakerName(sp.get());
      String key = lastWord(name);
      speakerKeys.merge(key, 1, Integer::sum);
      speakerNames.merge(key, name, (x, y) -> y.split(" ").length > x.split(" ").length ? y : x);
    }
    String speaker = speakerKeys.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> speakerNames.get(e.getKey())).orElse("unattributed");
    List<QuoteUse> uses = new ArrayList<>();
    for (int i : g) {
      Q q = qs.get(i);
      List<DiffOp> diff = q == common ? List.of() : WordDiff.diff(common.tokens(), q.tokens());
      boolean wordEdits = false;
      boolean truncated = false;
      boolean extra = false;
      for (DiffOp d : diff) {
        switch (d.op()) {
          case TRUNCATED -> truncated = true;
          case EXTRA -> extra = true;
          case REPLACE, INSERT, DELETE -> {
            if (!punctuationOnly(d)) wordEdits = true;
          }
        }
      }
      QuoteStatus status = wordEdits ? QuoteStatus.REWORDED : extra && !truncated ? QuoteStatus.EXTENDED
          : truncated || extra ? QuoteStatus.EXCERPT
          : diff.isEmpty() ? QuoteStatus.COMMON_FORM : QuoteStatus.PUNCTUATION_DIFFERS;
      boolean verbatim = !wordEdits && !extra;
      Evidence ev = new Evidence(q.article().id(), q.article().outlet(), q.span(),
          q.span().textOf(q.article().text));
      uses.add(new QuoteUse(ev, q.mention().speaker().map(Mentions::speakerName), verbatim, status, diff));
    }
    return new QuoteGroup(speaker, common.span().textOf(common.article().text), uses);
  }

  private static boolean punctuationOnly(DiffOp d) {
    return strip(d.common()).equals(strip(d.here()));
  }

  private static String strip(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
  }

  private static String lastWord(String name) {
    String[] p = name.split("\\s+");
    return p[p.length - 1].toLowerCase(Locale.ROOT);
  }

  static int longestRun(List<String> a, List<String> b) {
    int best = 0;
    int[] prev = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      int[] cur = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        if (a.get(i - 1).equals(b.get(j - 1))) {
          cur[j] = prev[j - 1] + 1;
          if (cur[j] > best) best = cur[j];
        }
      }
      prev = cur;
    }
    return best;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }
}
