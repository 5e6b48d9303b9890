package io.parallax.serve;

import io.parallax.brief.BriefSentence;
import io.parallax.model.Span;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.Entity;
import io.parallax.nlp.Quantity;
import io.parallax.nlp.Quote;
import io.parallax.nlp.TimeExpression;
import io.parallax.report.Report;
import io.parallax.serve.Marked.Mark;
import io.parallax.serve.Marked.Segment;
import io.parallax.store.SearchHit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The models of the reader's pages, built from the catalog and event analyses: everything a template
 * shows is computed here (links, labels, segments of text), so the templates only lay it out.
 */
public final class Pages {

  /** Events shown per section of the front page. */
  static final int FRONT_PAGE_EVENTS = 50;

  private Pages() {}

  /** One outlet's share of an event: the coverage strip. */
  public record Chip(String outlet, int articles, String groups) {}

  public record EventCard(String id, String href, String title, String date, String storylineHref,
      String storylineTitle, int articleCount, List<Chip> coverage, String lead, List<OutletGroups.Group> onlyGroups) {}

  public record FrontPage(List<EventCard> multi, List<EventCard> single, int articleCount, int eventCount,
      String from, String to, String outlet, String language, List<String> outlets, List<String> languages) {}

  public record Cite(String label, String articleId, String part, int start, int end, String href) {}

  public record BriefLine(String text, List<Cite> cites) {}

  public record ColumnArticle(String id, String href, String title, String published, List<List<Segment>> paragraphs) {}

  public record Column(String outlet, List<ColumnArticle> articles) {}

  public record EventPage(String id, String title, String date, String storylineHref, String storylineTitle,
      List<BriefLine> brief, List<Column> columns, Report.EventEntry entry, Map<String, String> outletOf,
      List<OutletGroups.Group> onlyGroups) {}

  public record StorylinePage(String id, String title, List<EventCard> events) {}

  public record ArticlePage(String id, String title, String outlet, String published, String language, String url,
      List<String> authors, String eventHref, String eventTitle, String storylineHref, List<Segment> text,
      List<Report.RemovedEntry> removed, List<Report.InferredEntry> inferred, int highlightStart) {}

  /** {@code foundBy}: {@code keyword}, {@code semantic} or {@code keyword+semantic}. */
  public record Hit(String kind, String href, String title, String score, String eventHref, String storylineHref, String foundBy) {}

  /** A search and its filters ({@code from}, {@code to}, {@code outlet}: empty when unset). */
  public record SearchPage(String query, String error, List<Hit> hits, String from, String to, String outlet, List<String> outlets) {}

  static FrontPage front(Library library, Catalog.Filter filter, OutletGroups groups) {
    Catalog catalog = library.catalog();
    List<EventCard> multi = new ArrayList<>();
    List<EventCard> single = new ArrayList<>();
    for (Catalog.EventInfo e : catalog.ranked(filter)) {
      boolean several = e.outlets().size() > 1;
      if (several && multi.size() < FRONT_PAGE_EVENTS) multi.add(card(catalog, e, lead(library, e), groups));
      else if (!several && single.size() < FRONT_PAGE_EVENTS) single.add(card(catalog, e, null, groups));
    }
    return new FrontPage(multi, single, catalog.articleCount(), catalog.ranked(filter).size(),
        filter.from().map(LocalDate::toString).orElse(null), filter.to().map(LocalDate::toString).orElse(null),
        filter.outlet().orElse(null), filter.language().orElse(null), catalog.outlets(), catalog.languages());
  }

  /** The first sentence of the event's brief. */
  private static String lead(Library library, Catalog.EventInfo e) {
    try {
      return library.event(e.id()).flatMap(v -> v.entry().brief().stream().findFirst()).map(BriefSentence::text).orElse(null);
    } catch (RuntimeException ex) {
      return null; // the card still shows; the event page says what went wrong
    }
  }

  static EventCard card(Catalog catalog, Catalog.EventInfo e, String lead, OutletGroups groups) {
    List<Chip> chips = e.articlesPerOutlet().entrySet().stream()
        .map(en -> new Chip(en.getKey(), en.getValue(), describe(groups.of(en.getKey(), e.urlOf(en.getKey()))))).toList();
    String storylineTitle = catalog.storyline(e.storylineId()).map(Catalog.StorylineInfo::title).orElse(e.storylineId());
    return new EventCard(e.id(), Links.event(e.id()), e.title(), e.date().map(LocalDate::toString).orElse(null),
        Links.storyline(e.storylineId()), storylineTitle, e.articles().size(), chips, lead, groups.onlyGroups(e.outlets(), e::urlOf));
  }

  /** "lean: left, country: UK", or null when the outlet is not in the groups file. */
  private static String describe(Map<String, String> labels) {
    if (labels.isEmpty()) return null;
    StringBuilder b = new StringBuilder();
    labels.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
    return b.toString();
  }

  static EventPage event(Catalog catalog, EventView view, OutletGroups groups) {
    Catalog.EventInfo e = view.info();
    Map<String, String> outletOf = new LinkedHashMap<>();
    for (Catalog.ArticleInfo a : e.articles()) outletOf.put(a.id(), a.outlet());
    List<BriefLine> brief = new ArrayList<>();
    for (BriefSentence s : view.entry().brief()) {
      List<Cite> cites = new ArrayList<>();
      for (BriefSentence.SourceSpan src : s.spans()) {
        Span sp = src.span();
        String href = src.part().equals("text") ? Links.span(src.articleId(), sp.start(), sp.end()) : Links.article(src.articleId());
        cites.add(new Cite(outletOf.getOrDefault(src.articleId(), src.articleId()), src.articleId(), src.part(),
            sp.start(), sp.end(), href));
      }
      brief.add(new BriefLine(s.text(), cites));
    }
    Map<String, List<ColumnArticle>> columns = new LinkedHashMap<>();
    for (Catalog.ArticleInfo a : e.articles()) {
      Optional<Report.ArticleEntry> entry = view.article(a.id());
      if (entry.isEmpty()) continue;
      columns.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(columnArticle(entry.get(), a.title()));
    }
    String storylineTitle = catalog.storyline(e.storylineId()).map(Catalog.StorylineInfo::title).orElse(e.storylineId());
    return new EventPage(e.id(), e.title(), e.date().map(LocalDate::toString).orElse(null), Links.storyline(e.storylineId()),
        storylineTitle, brief, columns.entrySet().stream().map(c -> new Column(c.getKey(), c.getValue())).toList(),
        view.entry(), outletOf, groups.onlyGroups(e.outlets(), e::urlOf));
  }

  /** {@code fallbackTitle}: the store's title (the first sentence) for articles read without a headline. */
  private static ColumnArticle columnArticle(Report.ArticleEntry a, String fallbackTitle) {
    Annotations ann = a.annotations();
    List<Mark> sentences = ann.sentences().stream().map(s -> new Mark(s, "sent", null)).toList();
    List<List<Segment>> paragraphs = new ArrayList<>();
    for (Report.SpanEntry p : a.paragraphs()) {
      paragraphs.add(Marked.segments(a.originalText(), p.start(), p.end(), sentences));
    }
    return new ColumnArticle(a.id(), Links.article(a.id()), a.title() == null ? fallbackTitle : a.title(), a.published(), paragraphs);
  }

  static StorylinePage storyline(Catalog catalog, Catalog.StorylineInfo s, OutletGroups groups) {
    return new StorylinePage(s.id(), s.title(), s.events().stream().map(e -> card(catalog, e, null, groups)).toList());
  }

  /** The article's whole text as read, with its annotations, removed lines and {@code highlight} marked. */
  static ArticlePage article(Catalog catalog, Catalog.ArticleInfo info, Report.ArticleEntry a, Optional<Span> highlight) {
    String text = a.originalText();
    List<Mark> marks = new ArrayList<>();
    Annotations ann = a.annotations();
    for (Entity en : ann.entities()) {
      marks.add(new Mark(en.span(), "ent", en.type().name().toLowerCase(Locale.ROOT) + ": " + en.canonical()));
    }
    for (Quote q : ann.quotes()) {
      marks.add(new Mark(q.content(), "q", "quote" + q.speaker().map(s -> " of " + s).orElse(", speaker unknown")));
      q.speakerSpan().ifPresent(sp -> marks.add(new Mark(sp, "spk", "speaker")));
      q.cue().ifPresent(sp -> marks.add(new Mark(sp, "cue", "attribution cue")));
    }
    for (Quantity n : ann.quantities()) marks.add(new Mark(n.span(), "num", "figure: " + n.value() + " " + n.unit()));
    for (TimeExpression t : ann.times()) marks.add(new Mark(t.span(), "time", "time: " + t.text()));
    for (Report.RemovedEntry r : a.removed()) marks.add(new Mark(new Span(r.start(), r.end()), "removed", "removed: " + r.reason()));
    Optional<Span> hl = highlight.filter(h -> h.end() <= text.length() && !h.isEmpty());
    hl.ifPresent(h -> marks.add(0, new Mark(h, "hl", "cited passage")));
    List<Segment> segments = Marked.segments(text, 0, text.length(), marks);
    Optional<Catalog.EventInfo> event = catalog.event(info.eventId());
    return new ArticlePage(a.id(), a.title() == null ? info.title() : a.title(), info.outlet(), a.published(), a.language(),
        safeUrl(a.url()), a.authors(), Links.event(info.eventId()), event.map(Catalog.EventInfo::title).orElse(info.eventId()),
        Links.storyline(info.storylineId()), segments, a.removed(), a.inferred(), hl.map(Span::start).orElse(-1));
  }

  /** Only http(s) URLs become links; anything else ({@code javascript:}, {@code data:}) is shown as text. */
  static String safeUrl(String url) {
    if (url == null) return null;
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
  }

  static SearchPage search(Catalog catalog, String query, Catalog.Filter filter, String error, List<Library.Found> found) {
    return new SearchPage(query, error, found.stream().map(f -> {
      SearchHit h = f.hit();
      return new Hit(h.kind(),
          switch (h.kind()) {
            case "event" -> Links.event(h.id());
            case "storyline" -> Links.storyline(h.id());
            default -> Links.article(h.id());
          },
          h.title(), String.format(Locale.ROOT, "%.4f", h.score()),
          h.eventId().map(Links::event).orElse(null), h.storylineId().map(Links::storyline).orElse(null),
          f.keyword() && f.semantic() ? "keyword+semantic" : f.keyword() ? "keyword" : "semantic");
    }).toList(), filter.from().map(LocalDate::toString).orElse(""), filter.to().map(LocalDate::toString).orElse(""),
        filter.outlet().orElse(""), catalog.outlets());
  }
}
