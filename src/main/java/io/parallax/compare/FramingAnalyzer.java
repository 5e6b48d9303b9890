package io.parallax.compare;

import io.parallax.compare.Comparison.ActorFraming;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.Framing;
import io.parallax.compare.Comparison.LoadedTerm;
import io.parallax.compare.Comparison.LoadedWords;
import io.parallax.compare.Comparison.OutletTerms;
import io.parallax.compare.Comparison.TermUse;
import io.parallax.model.Span;
import io.parallax.nlp.LexicalScan;
import io.parallax.nlp.TokenRange;
import io.parallax.nlp.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Framing side by side. Main actors are the names (capitalised word runs, keyed by their last word)
 * mentioned by the most articles. For each actor, the labels each outlet attaches: a label noun
 * right before the name with its modifiers ("resistance group Hamas"), right after it ("Hamas
 * terrorists"), in an apposition ("Hamas, the militant group"), in "X and other militants", a
 * or a definite description of a group ("the Islamic militant
 * group") in a sentence that mentions an organisation-like actor. The conflict itself: phrases
 * "[modifiers] war|conflict|offensive|... on|in|against Name". Loaded words: hits of
 * {@link LoadedLexicon} outside quotation marks, per outlet and per 1,000 words. Nothing is scored
 * as good or bad; the columns are laid side by side.
 */
final class FramingAnalyzer {

  static final int MAX_ACTORS = 6;
  static final Set<String> LABELS = Set.of("group", "movement", "organization", "organisation",
      "militants", "militant", "terrorists", "terrorist", "fighters", "insurgents", "rebels",
      "militia", "faction", "regime", "government", "administration", "strongman", "dictator",
      "extremists", "radicals", "jihadists", "gunmen", "operatives", "army", "forces", "party",
      "coalition", "leadership", "junta", "outfit", "network", "cell", "wing");
  static final Set<String> GROUP_LABELS = Set.of("group", "movement", "organization",
      "organisation", "militants", "terrorists", "fighters", "insurgents", "rebels", "militia",
      "faction", "extremists", "jihadists", "gunmen", "regime", "outfit", "junta", "operatives");
  static final Set<String> CONFLICT = Set.of("war", "conflict", "offensive", "invasion",
      "operation", "operations", "assault", "campaign", "genocide", "aggression", "occupation",
      "bombardment", "siege", "fighting", "onslaught", "incursion", "crackdown");
  private static final Set<String> PREPS = Set.of("on", "in", "against", "with", "of");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his",
      "her", "this", "that", "our");

  private record Mention(AnalyzedArticle article, int sent, int from, int to, String key) {}

  static Framing analyze(List<AnalyzedArticle> articles) {
    // 1. names
    List<Mention> mentions = new ArrayList<>();
    Map<String, Set<String>> articlesByKey = new HashMap<>();
    Map<String, Integer> countByKey = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      for (AnalyzedArticle.Sent s : a.sentences) {
        List<AnalyzedArticle.Tok> t = s.tokens();
        List<String> words = t.stream().map(AnalyzedArticle.Tok::text).toList();
        // a name ends at a word that only begins with one: "Hamas-run"
        for (TokenRange run : LexicalScan.nameRuns(words, k -> isName(t.get(k), k == 0),
            k -> isName(t.get(k), false) && baseName(words.get(k - 1)).equals(stripPossessive(words.get(k - 1))))) {
          String last = baseName(words.get(run.to() - 1));
          if (!last.isEmpty() && !Words.isStop(Words.lower(last))) {
            String key = Words.lower(last);
            mentions.add(new Mention(a, s.index(), run.from(), run.to(), key));
            articlesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(a.id());
            countByKey.merge(key, 1, Integer::sum);
            display.putIfAbsent(key, last);
          }
        }
      }
    }
    List<String> actors = articlesByKey.keySet().stream()
        .filter(k -> articlesByKey.get(k).size() >= 2 || articles.size() == 1)
        .filter(k -> !adjective(k, articlesByKey.keySet()))
        .sorted(Comparator.comparingInt((String k) -> -articlesByKey.get(k).size())
            .thenComparingInt(k -> -countByKey.get(k)).thenComparing(k -> k))
        .toList();
    // 2. labels per mention
    Map<String, Map<String, Map<String, List<Evidence>>>> labels = new LinkedHashMap<>();
    Set<String> organisations = new HashSet<>();
    for (Mention m : mentions) {
      AnalyzedArticle.Sent s = m.article().sentences.get(m.sent());
      for (Span lab : labelsOf(s.tokens(), m.from(), m.to())) {
        String term = Words.lower(lab.textOf(m.article().text));
        add(labels, m.key(), m.article(), term, lab);
        for (String w : term.split("[\\s-]+")) if (GROUP_LABELS.contains(w)) organisations.add(m.key());
      }
    }
    // anaphoric group descriptions: "the Islamic militant group" near an organisation's mention
    Map<AnalyzedArticle, List<Mention>> byArticle = new HashMap<>();
    for (Mention m : mentions) {
      if (organisations.contains(m.key())) byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
    }
    for (AnalyzedArticle a : articles) {
      for (AnalyzedArticle.Sent s : a.sentences) {
        List<AnalyzedArticle.Tok> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
          if (!t.get(i).lower().equals("the")) continue;
          int j = i + 1;
          while (j < t.size() && j <= i + 3 && t.get(j).word() && !GROUP_LABELS.contains(t.get(j).lower())
              && !Words.isStop(t.get(j).lower())) j++;
          if (j >= t.size() || j == i + 1 || !GROUP_LABELS.contains(t.get(j).lower()) || t.get(j).inQuote()) continue;
          if (j + 1 < t.size() && LexicalScan.isNameToken(t.get(j + 1).text())) continue;
          String org = lastOrganisation(byArticle.getOrDefault(a, List.of()), organisations, a, s.index(),
              t.get(i).span().start());
          if (org == null) continue;
          Span lab = new Span(t.get(i + 1).span().start(), t.get(j).span().end());
          add(labels, org, a, Words.lower(lab.textOf(a.text)), lab);
        }
      }
    }
    List<ActorFraming> actorFramings = new ArrayList<>();
    for (String key : actors) {
      Map<String, Map<String, List<Evidence>>> byOutlet = labels.get(key);
      if (byOutlet == null || byOutlet.isEmpty()) continue;
      actorFramings.add(new ActorFraming(display.get(key), sideBySide(articles, byOutlet)));
      if (actorFramings.size() == MAX_ACTORS) break;
    }
    return new Framing(actorFramings, conflictPhrases(articles), loaded(articles));
  }

  private static List<OutletTerms> sideBySide(List<AnalyzedArticle> articles,
      Map<String, Map<String, List<Evidence>>> byOutlet) {
    Map<String, List<TermUse>> out = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) { // outlets in input order; those without a label are not listed
      if (byOutlet.containsKey(a.outlet())) out.putIfAbsent(a.outlet(), new ArrayList<>());
    }
    for (Map.Entry<String, Map<String, List<Evidence>>> e : byOutlet.entrySet()) {
      List<TermUse> l = out.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
      e.getValue().forEach((term, ev) -> l.add(new TermUse(term, ev)));
    }
    List<OutletTerms> res = new ArrayList<>();
    out.forEach((o, l) -> res.add(new OutletTerms(o, l)));
    return res;
  }

  private static void add(Map<String, Map<String, Map<String, List<Evidence>>>> labels, String key,
      AnalyzedArticle a, String term, Span span) {
    labels.computeIfAbsent(key, k -> new LinkedHashMap<>())
        .computeIfAbsent(a.outlet(), k -> new LinkedHashMap<>())
        .computeIfAbsent(term, k -> new ArrayList<>())
        .add(new Evidence(a.id(), a.outlet(), span, span.textOf(a.text)));
  }

  private static String lastOrganisation(List<Mention> mentions, Set<String> orgs, AnalyzedArticle a,
      int sent, int before) {
    String best = null;
    for (Mention m : mentions) {
      if (m.article() != a || !orgs.contains(m.key())) continue;
      if (m.sent() == sent || m.sent() == sent - 1) {
        int start = a.sentences.get(m.sent()).tokens().get(m.from()).span().start();
        if (start < before) best = m.key();
      }
    }
    return best;
  }

  /** Label spans attached to the name at tokens [from, to). */
  static List<Span> labelsOf(List<AnalyzedArticle.Tok> t, int from, int to) {
    List<Span> out = new ArrayList<>();
    if (t.get(from).inQuote()) return out;
    // before: [modifiers] LABEL Name
    int k = from - 1;
    if (k >= 0 && LABELS.contains(t.get(k).lower()) && !t.get(k).capitalized()) {
      int m = k;
      while (m - 1 >= 0 && m - 1 >= k - 2 && isModifier(t.get(m - 1))) m--;
      out.add(new Span(t.get(m).span().start(), t.get(k).span().end()));
    }
    // after: Name LABEL (not "X-run ministry" nor "X's government", whose noun is another entity)
    if (to < t.size() && LABELS.contains(t.get(to).lower()) && !t.get(to).capitalized()
        && baseName(t.get(to - 1).text()).equals(t.get(to - 1).text())) {
      out.add(t.get(to).span());
    }
    // a hyphenated compound ("X-run ministry", "X-led coalition") labels the noun after it, not X
    // apposition: Name, the|a [modifiers] LABEL
    if (to + 2 < t.size() && t.get(to).text().equals(",") && DETERMINERS.contains(t.get(to + 1).lower())) {
      int j = to + 2;
      while (j < t.size() && j <= to + 5 && isModifier(t.get(j)) && !LABELS.contains(t.get(j).lower())) j++;
      if (j < t.size() && LABELS.contains(t.get(j).lower())) {
        out.add(new Span(t.get(to + 2).span().start(), t.get(j).span().end()));
      }
    }
    // Name and other LABEL
    if (to + 2 < t.size() && t.get(to).lower().equals("and") && t.get(to + 1).lower().equals("other")
        && LABELS.contains(t.get(to + 2).lower())) {
      out.add(t.get(to + 2).span());
    }
    return out;
  }

  /** Endings of adjectives made from names ("Islamic", "Palestinian", "Chinese", "British"). */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("ic", "ian", "ean", "ese", "ish");

  /**
   * Whether a capitalised word is an adjective of another entity rather than an actor: "Islamic",
   * "Palestinian", "Chinese", or "Israeli" when the event also names "Israel" (a bare "-i" ending is
   * kept otherwise: "Houthi" is a group). Its labels ("Israeli army") name that other entity.
   */
  static boolean adjective(String key, Set<String> names) {
    if (key.length() < 5) return false;
    for (String e : ADJECTIVE_ENDINGS) if (key.endsWith(e)) return true;
    if (key.endsWith("i")) {
      String stem = key.substring(0, key.length() - 1);
      for (String n : names) if (!n.equals(key) && n.startsWith(stem) && n.length() <= key.length()) return true;
    }
    return false;
  }

  private static boolean isModifier(AnalyzedArticle.Tok t) {
    if (!t.word() || Words.isStop(t.lower()) || DETERMINERS.contains(t.lower())) return false;
    String w = t.lower();
    if (t.capitalized()) return true;
    return !(w.endsWith("ing") || w.endsWith("ed")) || LABELS.contains(w);
  }

  private static boolean isName(AnalyzedArticle.Tok t, boolean sentenceStart) {
    if (!t.word() || !t.capitalized() || !Character.isLetter(t.text().charAt(0))) return false;
    if (sentenceStart && Words.isStop(t.lower())) return false;
    String w = t.text();
    return LexicalScan.isNameToken(w) && !w.equals(w.toUpperCase()) || w.length() > 1 && allAsciiUpper(w);
  }

  private static boolean allAsciiUpper(String w) {
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) < 'A' || w.charAt(i) > 'Z') return false;
    return true;
  }

  private static String stripPossessive(String token) {
    if (token.endsWith("'s") || token.endsWith("’s")) return token.substring(0, token.length() - 2);
    if (token.endsWith("'") || token.endsWith("’")) return token.substring(0, token.length() - 1);
    return token;
  }

  private static String baseName(String token) {
    String s = stripPossessive(token);
    int h = s.indexOf('-');
    if (h > 0 && h < s.length() - 1 && Character.isLowerCase(s.charAt(h + 1))) s = s.substring(0, h);
    return s;
  }

  /** "Israel's brutal war on Gaza", "the war in Gaza": per outlet, phrases naming the conflict. */
  static List<OutletTerms> conflictPhrases(List<AnalyzedArticle> articles) {
    Map<String, Map<String, List<Evidence>>> byOutlet = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      byOutlet.putIfAbsent(a.outlet(), new LinkedHashMap<>());
      for (AnalyzedArticle.Sent s : a.sentences) {
        List<AnalyzedArticle.Tok> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
          if (t.get(i).inQuote() || !CONFLICT.contains(t.get(i).lower())) continue;
          if (!PREPS.contains(t.get(i + 1).lower()) || !isName(t.get(i + 2), false)) continue;
          int j = i + 2;
          while (j + 1 < t.size() && isName(t.get(j + 1), false)) j++;
          int m = i;
          while (m - 1 >= 0 && m - 1 >= i - 3 && (isModifier(t.get(m - 1)) || t.get(m - 1).text().endsWith("'s")
              || t.get(m - 1).text().endsWith("’s"))) m--;
          if (m - 1 >= 0 && DETERMINERS.contains(t.get(m - 1).lower())) m--;
          Span sp = new Span(t.get(m).span().start(), t.get(j).span().end());
          byOutlet.get(a.outlet()).computeIfAbsent(sp.textOf(a.text), k -> new ArrayList<>())
              .add(new Evidence(a.id(), a.outlet(), sp, sp.textOf(a.text)));
        }
      }
    }
    List<OutletTerms> out = new ArrayList<>();
    byOutlet.forEach((o, terms) -> {
      List<TermUse> l = new ArrayList<>();
      terms.forEach((term, ev) -> l.add(new TermUse(term, ev)));
      out.add(new OutletTerms(o, l));
    });
    return out;
  }

  static List<LoadedWords> loaded(List<AnalyzedArticle> articles) {
    Map<String, Integer> words = new LinkedHashMap<>();
    Map<String, Map<LoadedLexicon.Entry, List<Evidence>>> hits = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      words.merge(a.outlet(), a.wordCount, Integer::sum);
      Map<LoadedLexicon.Entry, List<Evidence>> h = hits.computeIfAbsent(a.outlet(), k -> new LinkedHashMap<>());
      for (AnalyzedArticle.Sent s : a.sentences) {
        List<AnalyzedArticle.Tok> t = s.tokens();
        for (LoadedLexicon.Hit hit : LoadedLexicon.DEFAULT.matches(t)) {
          Span sp = new Span(t.get(hit.from()).span().start(), t.get(hit.to() - 1).span().end());
          h.computeIfAbsent(hit.entry(), x -> new ArrayList<>()).add(new Evidence(a.id(), a.outlet(), sp, sp.textOf(a.text)));
        }
      }
    }
    List<LoadedWords> out = new ArrayList<>();
    for (Map.Entry<String, Map<LoadedLexicon.Entry, List<Evidence>>> e : hits.entrySet()) {
      int w = words.get(e.getKey());
      int count = 0;
      List<LoadedTerm> terms = new ArrayList<>();
      for (Map.Entry<LoadedLexicon.Entry, List<Evidence>> t : e.getValue().entrySet()) {
        count += t.getValue().size();
        terms.add(new LoadedTerm(t.getKey().term(), t.getKey().category(), t.getKey().neutral(), t.getValue()));
      }
      double rate = w == 0 ? 0 : Math.round(10000.0 * count / w) / 10.0;
      out.add(new LoadedWords(e.getKey(), w, rate, terms));
    }
    return out;
  }
}
