package io.parallax.compare;

import io.parallax.compare.Comparison.ActorFraming;
import io.parallax.compare.Comparison.Claim;
import io.parallax.compare.Comparison.CopiedPassage;
import io.parallax.compare.Comparison.DiffOp;
import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.LoadedTerm;
import io.parallax.compare.Comparison.LoadedWords;
import io.parallax.compare.Comparison.OutletArticles;
import io.parallax.compare.Comparison.OutletTerms;
import io.parallax.compare.Comparison.QuoteGroup;
import io.parallax.compare.Comparison.QuoteUse;
import io.parallax.compare.Comparison.Reading;
import io.parallax.compare.Comparison.TermUse;
import io.parallax.model.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Markdown for one {@link Comparison}: sections for coverage, consensus, single-source claims,
 * quotes, discrepancies, framing and copied text. Every item cites {@code article-id@start-end}
 * offsets into the article text. Headings start at the level given, so the section nests under an
 * event heading of the report.
 */
public final class ComparisonMarkdown {
  private ComparisonMarkdown() {}

  /** Renders with sections at heading level {@code level} (e.g. 3 gives "### Consensus"). */
  public static String render(Comparison c, int level) {
    String h = "#".repeat(Math.max(1, level)) + " ";
    StringBuilder sb = new StringBuilder();
    sb.append(h).append("Coverage\n\n");
    for (OutletArticles o : c.coverage().outlets()) {
      sb.append("- **").append(esc(o.outlet())).append("**: ").append(esc(String.join(", ", o.articles()))).append('\n');
    }
    sb.append('\n').append(h).append("Consensus (two or more outlets)\n\n");
    if (c.consensus().isEmpty()) sb.append("_None found._\n");
    for (Claim cl : c.consensus()) claim(sb, cl);
    sb.append('\n').append(h).append("Single-source claims\n\n");
    if (c.singleSource().isEmpty()) sb.append("_None found._\n");
    for (Claim cl : c.singleSource()) claim(sb, cl);
    sb.append('\n').append(h).append("Quotes\n\n");
    if (c.quotes().isEmpty()) sb.append("_No direct quotes._\n");
    for (QuoteGroup q : c.quotes()) {
      sb.append("- **").append(esc(q.speaker())).append("**: “").append(esc(q.commonForm())).append("”\n");
      for (QuoteUse u : q.uses()) {
        sb.append("  - ").append(ref(u.quote())).append(" — ").append(esc(u.status().label()))
            .append(u.verbatim() ? ", verbatim" : ", not verbatim")
            .append(u.speaker().map(s -> ", speaker: " + esc(s)).orElse(", speaker not named")).append('\n');
        for (DiffOp d : u.diff()) sb.append("    - ").append(esc(diff(d))).append('\n');
      }
    }
    sb.append('\n').append(h).append("Discrepancies\n\n");
    if (c.discrepancies().isEmpty()) sb.append("_None found._\n");
    for (Discrepancy d : c.discrepancies()) {
      sb.append("- **").append(esc(d.verdict().label())).append("** ").append(esc(d.kind().label())).append(" — ")
          .append(esc(d.about())).append(": ").append(esc(d.explanation())).append('\n');
      for (Reading r : d.readings()) sb.append("  - ").append(ref(r.evidence())).append(": ").append(esc(range(r))).append('\n');
    }
    sb.append('\n').append(h).append("Framing\n\n");
    for (ActorFraming a : c.framing().actors()) {
      sb.append("**").append(esc(a.actor())).append("**\n\n").append(table(a.byOutlet())).append('\n');
    }
    if (c.framing().conflict().stream().anyMatch(o -> !o.terms().isEmpty())) {
      sb.append("**How the conflict is named**\n\n").append(table(c.framing().conflict())).append('\n');
    }
    sb.append("**Loaded words** (lexicon hits outside quotes, per 1,000 words)\n\n");
    sb.append("| outlet | per 1,000 words | terms (category → neutral wording) |\n|---|---|---|\n");
    for (LoadedWords l : c.framing().loaded()) {
      sb.append("| ").append(esc(l.outlet())).append(" | ").append(l.perThousandWords()).append(" | ")
          .append(l.terms().isEmpty() ? "—" : l.terms().stream().map(ComparisonMarkdown::loaded).collect(Collectors.joining("; ")))
          .append(" |\n");
    }
    sb.append('\n').append(h).append("Copied text (outside quotes)\n\n");
    if (c.copied().isEmpty()) sb.append("_None found._\n");
    for (CopiedPassage p : c.copied()) {
      sb.append("- ").append(p.words()).append(" words, ").append(p.verbatim() ? "verbatim" : "near-verbatim")
          .append(p.original().isEmpty() ? "" : " (original: " + esc(p.original()) + ", " + p.originalBasis().label() + ")")
          .append(":\n");
      for (Evidence e : p.passages()) sb.append("  - ").append(ref(e)).append('\n');
    }
    for (Comparison.CopiedShare s : c.copiedShare()) {
      sb.append("- share of copied text: ").append(esc(s.outlet())).append(" (").append(esc(s.articleId())).append(") ")
          .append(Math.round(100 * s.share())).append("% (").append(s.copiedWords()).append(" of ").append(s.words())
          .append(" words)").append(s.original().isEmpty() ? "" : ", probably from " + esc(s.original()) + " ("
              + s.originalBasis().label() + ")").append('\n');
    }
    return sb.toString();
  }

  /** Coverage across events: a table with one row per outlet and one column per event. */
  public static String coverageMatrix(java.util.Map<String, Comparison> byEvent) {
    java.util.Map<String, java.util.Set<String>> rows = new java.util.LinkedHashMap<>();
    byEvent.forEach((event, c) -> {
      for (OutletArticles o : c.coverage().outlets()) rows.computeIfAbsent(o.outlet(), k -> new java.util.HashSet<>()).add(event);
    });
    StringBuilder sb = new StringBuilder("| outlet | ")
        .append(byEvent.keySet().stream().map(ComparisonMarkdown::esc).collect(Collectors.joining(" | "))).append(" |\n|---|");
    sb.append("---|".repeat(byEvent.size())).append('\n');
    rows.forEach((o, evs) -> {
      sb.append("| ").append(esc(o)).append(" |");
      for (String e : byEvent.keySet()) sb.append(evs.contains(e) ? " ✓ |" : "   |");
      sb.append('\n');
    });
    return sb.toString();
  }

  private static void claim(StringBuilder sb, Claim cl) {
    sb.append("- ").append(esc(cl.text())).append(" — ").append(esc(String.join(", ", cl.outlets())))
        .append(" (").append(esc(cl.evidence().stream().map(ComparisonMarkdown::at).collect(Collectors.joining(", ")))).append(")\n");
  }

  private static String table(List<OutletTerms> cols) {
    StringBuilder sb = new StringBuilder("| outlet | wording |\n|---|---|\n");
    for (OutletTerms o : cols) {
      List<String> ts = new ArrayList<>();
      for (TermUse t : o.terms()) {
        ts.add("“" + esc(t.term()) + "” (" + esc(t.evidence().stream().map(ComparisonMarkdown::at).collect(Collectors.joining(", "))) + ")");
      }
      sb.append("| ").append(esc(o.outlet())).append(" | ").append(ts.isEmpty() ? "—" : String.join("; ", ts)).append(" |\n");
    }
    return sb.toString();
  }

  private static String loaded(LoadedTerm t) {
    return "“" + esc(t.term()) + "” ×" + t.evidence().size() + " (" + esc(t.category()) + " → " + esc(t.neutral()) + ")";
  }

  static String diff(DiffOp d) {
    return switch (d.op()) {
      case TRUNCATED -> "omits: “" + d.common() + "”";
      case EXTRA -> "adds: “" + d.here() + "”";
      case REPLACE, INSERT, DELETE -> d.op().label() + ": “" + d.common() + "” → “" + d.here() + "”";
    };
  }

  static String range(Reading r) {
    String hi = r.high().map(ComparisonMarkdown::num).orElse("∞");
    return (r.qualifier().isEmpty() ? "" : r.qualifier() + ", ") + num(r.low()) + "–" + hi + " " + r.unit();
  }

  static String num(double v) {
    if (v >= 1e6) return String.format("%.2fM", v / 1e6);
    if (v >= 1e4) return String.format("%.0fk", v / 1e3);
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
  }

  static String at(Evidence e) {
    return e.articleId() + "@" + e.span().start() + "-" + e.span().end();
  }

  private static String ref(Evidence e) {
    return "“" + esc(e.text()) + "” — " + esc(e.outlet()) + " " + esc(at(e));
  }

  /** Untrusted text for Markdown: HTML and Markdown syntax made inert, one line ({@link Escape#markdown}). */
  private static String esc(String s) {
    return Escape.markdown(s);
  }
}
