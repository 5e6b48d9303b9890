package io.parallax.report;

import static io.parallax.model.Escape.terminal;

import io.parallax.brief.BriefSentence;
import io.parallax.compare.Comparison;
import io.parallax.compare.ComparisonText;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders a {@link Report} as plain text for a terminal; control characters are stripped. */
public final class TerminalReport {

  private TerminalReport() {}

  /** Renders the report; {@code comparisons} (event id to comparison) adds each event's side-by-side view. */
  public static String render(Report r, Map<String, Comparison> comparisons) {
    StringBuilder out = new StringBuilder();
    Map<String, Report.ArticleEntry> articles = r.articles().stream()
        .collect(Collectors.toMap(Report.ArticleEntry::id, Function.identity(), (a, b) -> a));
    var s = r.summary();
    out.append(String.format("Parallax: %d inputs, %d processed, %d skipped; %d events in %d storylines%n%n",
        s.inputs(), s.processed(), s.skipped().size(), r.events().size(), r.storylines().size()));
    for (Report.StorylineEntry line : r.storylines()) {
      out.append("STORYLINE ").append(line.id()).append("  ").append(terminal(line.title())).append('\n');
      for (String eventId : line.events()) {
        r.events().stream().filter(e -> e.id().equals(eventId)).findFirst().ifPresent(e -> {
          out.append("  EVENT ").append(e.id()).append(e.date() == null ? "" : "  " + e.date()).append("  ")
              .append(terminal(e.title())).append('\n');
          for (String id : e.articles()) {
            Report.ArticleEntry a = articles.get(id);
            out.append("    ").append(terminal(id)).append("  ").append(terminal(label(a))).append('\n');
          }
          if (!e.brief().isEmpty()) {
            out.append("    BRIEF\n");
            for (BriefSentence b : e.brief()) {
              out.append("      ").append(terminal(b.text())).append(" [").append(terminal(String.join(", ", b.sources())))
                  .append("]\n");
            }
          }
          Comparison c = comparisons.get(e.id());
          if (c != null) {
            for (String text : ComparisonText.lines(c, 5)) out.append("    ").append(terminal(text)).append('\n');
          }
        });
      }
      out.append('\n');
    }
    out.append("COVERAGE\n");
    for (Report.CoverageEntry c : r.coverage()) {
      out.append(String.format("  %-36s %s%n", terminal(c.outlet()), String.join(" ", c.events())));
    }
    out.append("\nFURNITURE REMOVED\n");
    for (Report.ArticleEntry a : r.articles()) {
      for (Report.RemovedEntry x : a.removed()) {
        out.append("  ").append(terminal(a.id())).append("  [").append(x.reason()).append("]  ")
            .append(terminal(x.text())).append('\n');
      }
    }
    if (!s.skipped().isEmpty()) {
      out.append("\nSKIPPED\n");
      s.skipped().forEach(k -> out.append("  ").append(terminal(k.source())).append(": ").append(terminal(k.reason())).append('\n'));
    }
    if (!s.warnings().isEmpty()) {
      out.append("\nWARNINGS\n");
      s.warnings().forEach(w -> out.append("  ").append(terminal(w)).append('\n'));
    }
    return out.toString();
  }

  private static String label(Report.ArticleEntry a) {
    if (a == null) return "";
    String outlet = a.outlet() == null ? "(outlet unknown)" : a.outlet();
    if (a.agency() != null) outlet += "/" + a.agency();
    return a.title() == null ? outlet : outlet + " — " + a.title();
  }
}
