package io.parallax.report;

import io.parallax.clean.CleanArticle;
import io.parallax.compare.Comparison;
import io.parallax.model.Article;
import io.parallax.nlp.Annotations;
import io.parallax.pipeline.Analysis;
import io.parallax.pipeline.EventAnalysis;
import io.parallax.story.Stories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns an {@link Analysis} into the {@link Report} contract. */
public final class ReportBuilder {

  private ReportBuilder() {}

  public static Report build(Analysis analysis) {
    Map<String, CleanArticle> byId = analysis.articles().stream()
        .collect(Collectors.toMap(CleanArticle::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<Report.ArticleEntry> articles = analysis.articles().stream()
        .map(c -> article(c, analysis.annotations().getOrDefault(c.id(), Annotations.empty()))).toList();
    List<Report.StorylineEntry> storylines = analysis.stories().storylines().stream()
        .map(s -> new Report.StorylineEntry(s.id(), s.title(), s.eventIds())).toList();
    Map<String, Stories.Assignment> assigned = new java.util.HashMap<>();
    for (Stories.Assignment a : analysis.stories().assignments()) assigned.put(a.articleId(), a);
    List<Report.EventEntry> events = analysis.events().stream().map(e -> event(e, byId, assigned)).toList();
    var summary = analysis.summary();
    return new Report(articles, storylines, events, coverage(analysis.stories(), byId),
        new Report.SummaryEntry(summary.inputs(), summary.processed(),
            summary.skipped().stream().map(s -> new Report.SkippedEntry(s.source(), s.reason())).toList(),
            summary.warnings()));
  }

  private static Report.ArticleEntry article(CleanArticle c, Annotations annotations) {
    Article a = c.article();
    String original = a.text();
    return new Report.ArticleEntry(a.id(), a.source(), a.outlet().orElse(null), a.agency().orElse(null),
        a.title().orElse(null), a.published().map(Object::toString).orElse(null), a.language().orElse(null),
        a.url().orElse(null), a.authors(), c.text(), original,
        c.paragraphs().stream().map(p -> new Report.SpanEntry(p.start(), p.end())).toList(),
        c.removed().stream().map(r -> new Report.RemovedEntry(r.text(), r.reason(), r.span().start(), r.span().end())).toList(),
        c.inferred().stream().map(i -> new Report.InferredEntry(i.field(), i.value(), i.evidence().textOf(original),
            i.evidence().start(), i.evidence().end())).toList(),
        annotations);
  }

  private static Report.EventEntry event(EventAnalysis analysis, Map<String, CleanArticle> byId,
      Map<String, Stories.Assignment> assigned) {
    Stories.Event e = analysis.event();
    Comparison c = analysis.comparison();
    List<String> outlets = e.articleIds().stream().map(byId::get).map(ReportBuilder::outletOrId).distinct().toList();
    List<Comparison.ActorFraming> framing = new ArrayList<>(c.framing().actors());
    if (!c.framing().conflict().isEmpty()) {
      framing.add(new Comparison.ActorFraming("(the conflict itself)", c.framing().conflict()));
    }
    return new Report.EventEntry(e.id(), e.storylineId(), e.title(), e.date().orElse(null), e.articleIds(), outlets,
        c.quotes(), c.discrepancies(), c.consensus(), c.singleSource(), framing, c.framing().loaded(), c.copied(),
        analysis.brief(), e.articleIds().stream().map(id -> assignment(id, assigned.get(id))).toList(),
        c.copiedShare());
  }

  private static Report.AssignmentEntry assignment(String id, Stories.Assignment a) {
    if (a == null || Double.isNaN(a.confidence())) return new Report.AssignmentEntry(id, null, null, null, List.of(), null);
    var evidence = a.evidence().filter(ev -> ev.partner().isPresent());
    return new Report.AssignmentEntry(id, a.confidence(), evidence.flatMap(ev -> ev.partner()).orElse(null),
        evidence.map(ev -> ev.similarity()).orElse(null), evidence.map(ev -> ev.sharedNames()).orElse(List.of()),
        evidence.flatMap(ev -> ev.daysApart()).orElse(null));
  }

  private static List<Report.CoverageEntry> coverage(Stories stories, Map<String, CleanArticle> byId) {
    Map<String, Set<String>> events = new LinkedHashMap<>();
    Map<String, List<String>> articles = new LinkedHashMap<>();
    for (Stories.Event e : stories.events()) {
      for (String id : e.articleIds()) {
        String outlet = outletOrId(byId.get(id));
        events.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(e.id());
        articles.computeIfAbsent(outlet, k -> new ArrayList<>()).add(id);
      }
    }
    return events.entrySet().stream()
        .map(en -> new Report.CoverageEntry(en.getKey(), List.copyOf(en.getValue()), articles.get(en.getKey())))
        .toList();
  }

  /** The outlet, with the agency ("Ahram Online/AFP"), or "(unknown outlet: id)" when the text does not say. */
  public static String outletOrId(CleanArticle c) {
    Article a = c.article();
    String outlet = a.outlet().orElse("(unknown outlet: " + a.id() + ")");
    return a.agency().map(ag -> outlet + "/" + ag).orElse(outlet);
  }
}
