package io.parallax.report;

import static io.parallax.model.Escape.markdown;

import io.parallax.brief.BriefSentence;
import io.parallax.compare.Comparison;
import io.parallax.compare.ComparisonMarkdown;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders a {@link Report} as Markdown for people; untrusted text is escaped. */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** Renders the report; {@code comparisons} (event id to comparison) adds each event's side-by-side view. */
  public static String render(Report r, Map<String, Comparison> comparisons) {
    StringBuilder md = new StringBuilder();
    Map<String, Report.ArticleEntry> articles = r.articles().stream()
        .collect(Collectors.toMap(Report.ArticleEntry::id, Function.identity(), (a, b) -> a));
    md.append("# Parallax report\n\n");
    var s = r.summary();
    md.append("**Inputs:** ").append(s.inputs()).append(" · **processed:** ").append(s.processed())
        .append(" · **skipped:** ").append(s.skipped().size()).append(" · **events:** ").append(r.events().size())
        .append(" · **storylines:** ").append(r.storylines().size()).append("\n\n");
    for (Report.StorylineEntry line : r.storylines()) {
      md.append("## Storyline ").append(markdown(line.id())).append(": ").append(markdown(line.title())).append("\n\n");
      for (String eventId : line.events()) {
        r.events().stream().filter(e -> e.id().equals(eventId)).findFirst()
            .ifPresent(e -> event(md, e, articles, comparisons.get(e.id())));
      }
    }
    md.append("## Coverage\n\n| outlet | events | articles |\n|---|---|---|\n");
    for (Report.CoverageEntry c : r.coverage()) {
      md.append("| ").append(markdown(c.outlet())).append(" | ").append(markdown(String.join(", ", c.events())))
          .append(" | ").append(markdown(String.join(", ", c.articles()))).append(" |\n");
    }
    md.append("\n## Articles\n\n");
    for (Report.ArticleEntry a : r.articles()) {
      md.append("### ").append(markdown(a.id())).append("\n\n");
      md.append("- **outlet:** ").append(markdown(orDash(a.outlet()))).append("\n");
      md.append("- **agency:** ").append(markdown(orDash(a.agency()))).append("\n");
      md.append("- **title:** ").append(markdown(orDash(a.title()))).append("\n");
      md.append("- **published:** ").append(markdown(orDash(a.published()))).append("\n");
      md.append("- **source:** ").append(markdown(a.source())).append("\n");
      for (Report.InferredEntry i : a.inferred()) {
        md.append("- *").append(markdown(i.field())).append(" \"").append(markdown(i.value()))
            .append("\" read from:* ").append(markdown(i.evidence())).append("\n");
      }
      if (!a.removed().isEmpty()) {
        md.append("\nRemoved furniture:\n\n");
        for (Report.RemovedEntry x : a.removed()) {
          md.append("- ").append(markdown(x.reason())).append(" (").append(x.start()).append("–").append(x.end())
              .append("): ").append(markdown(x.text())).append("\n");
        }
      }
      md.append("\n");
    }
    if (!s.skipped().isEmpty() || !s.warnings().isEmpty()) {
      md.append("## Run summary\n\n");
      for (Report.SkippedEntry k : s.skipped()) {
        md.append("- **skipped** ").append(markdown(k.source())).append(": ").append(markdown(k.reason())).append("\n");
      }
      for (String w : s.warnings()) md.append("- warning: ").append(markdown(w)).append("\n");
    }
    return md.toString();
  }

  private static void event(StringBuilder md, Report.EventEntry e, Map<String, Report.ArticleEntry> articles,
      Comparison comparison) {
    md.append("### Event ").append(markdown(e.id())).append(": ").append(markdown(e.title())).append("\n\n");
    if (e.date() != null) md.append("Date: ").append(e.date()).append("\n\n");
    for (String id : e.articles()) {
      Report.ArticleEntry a = articles.get(id);
      md.append("- `").append(id.replace("`", "'")).append("` ").append(markdown(a == null ? "" : orDash(a.outlet())))
          .append(a != null && a.agency() != null ? "/" + markdown(a.agency()) : "")
          .append(a != null && a.title() != null ? " — " + markdown(a.title()) : "").append("\n");
    }
    md.append("\n");
    if (!e.brief().isEmpty()) {
      md.append("#### Brief\n\n");
      for (BriefSentence b : e.brief()) {
        md.append("- ").append(markdown(b.text())).append(" *[").append(markdown(String.join(", ", b.sources()))).append("]*\n");
      }
      md.append("\n");
    }
    if (comparison != null) md.append(ComparisonMarkdown.render(comparison, 4)).append("\n");
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }
}
