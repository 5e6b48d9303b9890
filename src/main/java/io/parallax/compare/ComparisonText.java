package io.parallax.compare;

import io.parallax.compare.Comparison.ActorFraming;
import io.parallax.compare.Comparison.Claim;
import io.parallax.compare.Comparison.CopiedPassage;
import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.LoadedWords;
import io.parallax.compare.Comparison.OutletArticles;
import io.parallax.compare.Comparison.OutletTerms;
import io.parallax.compare.Comparison.QuoteGroup;
import io.parallax.compare.Comparison.QuoteUse;
import io.parallax.compare.Comparison.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Plain-text lines for the terminal summary of one {@link Comparison} (no colours, no markup). */
public final class ComparisonText {
  private ComparisonText() {}

  /** The lines, each item citing {@code article-id@start-end}; {@code maxPerSection} caps long lists. */
  public static List<String> lines(Comparison c, int maxPerSection) {
    List<String> out = new ArrayList<>();
    out.add("Coverage: " + c.coverage().outlets().stream()
        .map(o -> o.outlet() + " (" + String.join(", ", o.articles()) + ")").collect(Collectors.joining("; ")));
    out.add("Consensus (" + c.consensus().size() + "):");
    c.consensus().stream().limit(maxPerSection).forEach(cl -> out.add("  * " + claim(cl)));
    out.add("Single-source (" + c.singleSource().size() + "):");
    c.singleSource().stream().limit(maxPerSection).forEach(cl -> out.add("  * " + claim(cl)));
    out.add("Quotes (" + c.quotes().size() + "):");
    for (QuoteGroup q : c.quotes().stream().limit(maxPerSection).toList()) {
      out.add("  * " + q.speaker() + ": \"" + clip(q.commonForm(), 100) + "\"");
      for (QuoteUse u : q.uses()) {
        String diffs = u.diff().stream().map(ComparisonMarkdown::diff).map(s -> clip(s, 60)).collect(Collectors.joining("; "));
        out.add("      " + u.quote().outlet() + " " + ComparisonMarkdown.at(u.quote()) + ": " + u.status().label()
            + (u.verbatim() ? " (verbatim)" : "") + (diffs.isEmpty() ? "" : " — " + diffs));
      }
    }
    out.add("Discrepancies (" + c.discrepancies().size() + "):");
    for (Discrepancy d : c.discrepancies()) {
      out.add("  * " + d.verdict().label().toUpperCase(java.util.Locale.ROOT) + " " + d.kind().label() + " " + d.about());
      for (Reading r : d.readings()) {
        out.add("      " + r.evidence().outlet() + " " + ComparisonMarkdown.at(r.evidence()) + ": \""
            + r.evidence().text() + "\" = " + ComparisonMarkdown.range(r));
      }
    }
    out.add("Framing:");
    for (ActorFraming a : c.framing().actors()) {
      out.add("  " + a.actor() + ":");
      for (OutletTerms o : a.byOutlet()) out.add("      " + o.outlet() + ": " + terms(o));
    }
    if (c.framing().conflict().stream().anyMatch(o -> !o.terms().isEmpty())) {
      out.add("  the conflict:");
      for (OutletTerms o : c.framing().conflict()) out.add("      " + o.outlet() + ": " + terms(o));
    }
    out.add("  loaded words per 1,000 words:");
    for (LoadedWords l : c.framing().loaded()) {
      out.add("      " + l.outlet() + ": " + l.perThousandWords() + (l.terms().isEmpty() ? "" : " — "
          + l.terms().stream().map(t -> t.term() + " x" + t.evidence().size()).collect(Collectors.joining(", "))));
    }
    out.add("Copied text (" + c.copied().size() + "):");
    for (CopiedPassage p : c.copied().stream().limit(maxPerSection).toList()) {
      out.add("  * " + p.words() + " words " + (p.verbatim() ? "verbatim" : "near-verbatim") + ": "
          + p.passages().stream().map(e -> e.outlet() + " " + ComparisonMarkdown.at(e)).collect(Collectors.joining(" = "))
          + " \"" + clip(p.passages().get(0).text().replace('\n', ' '), 80) + "\""
          + (p.original().isEmpty() ? "" : " (original: " + p.original() + ", " + p.originalBasis().label() + ")"));
    }
    for (Comparison.CopiedShare s : c.copiedShare()) {
      out.add("  share: " + s.outlet() + " (" + s.articleId() + ") " + Math.round(100 * s.share()) + "% copied ("
          + s.copiedWords() + " of " + s.words() + " words)"
          + (s.original().isEmpty() ? "" : ", probably from " + s.original() + " (" + s.originalBasis().label() + ")"));
    }
    return out;
  }

  private static String terms(OutletTerms o) {
    return o.terms().isEmpty() ? "-" : o.terms().stream()
        .map(t -> "\"" + t.term() + "\" x" + t.evidence().size()).collect(Collectors.joining(", "));
  }

  private static String claim(Claim cl) {
    return clip(cl.text(), 110) + " [" + cl.evidence().stream().map(ComparisonMarkdown::at)
        .collect(Collectors.joining(", ")) + "]";
  }

  private static String clip(String s, int n) {
    String t = s.replace('\n', ' ');
    return t.length() <= n ? t : t.substring(0, n - 1) + "…";
  }

  /** Coverage across events: one line per outlet listing the events it covers. */
  public static List<String> coverageMatrix(java.util.Map<String, Comparison> byEvent) {
    java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
    byEvent.forEach((event, c) -> {
      for (OutletArticles o : c.coverage().outlets()) rows.computeIfAbsent(o.outlet(), k -> new ArrayList<>()).add(event);
    });
    List<String> out = new ArrayList<>();
    rows.forEach((o, evs) -> out.add(o + ": " + evs.size() + "/" + byEvent.size() + " events (" + String.join(", ", evs) + ")"));
    return out;
  }
}
