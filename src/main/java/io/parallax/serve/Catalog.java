package io.parallax.serve;

import io.parallax.store.SearchHit;
import io.parallax.store.Store;
import io.parallax.store.StoredArticle;
import io.parallax.store.StoredEvent;
import io.parallax.store.StoredStoryline;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An immutable snapshot of what the store holds: every article with its event and storyline, every
 * event with its articles and outlets, every storyline with its events in date order. Requests read a
 * snapshot; the library replaces it after writes.
 */
public final class Catalog {

  /** What the reader knows of an article without its text: the store's card and the archive's metadata. */
  public record ArticleInfo(String id, String title, Optional<LocalDate> date, String outlet, Optional<String> language,
      Optional<String> url, String eventId, String storylineId) {}

  /** An event with its articles in arrival order. */
  public record EventInfo(String id, String storylineId, String title, Optional<LocalDate> date, List<ArticleInfo> articles) {
    public EventInfo {
      articles = List.copyOf(articles);
    }

    public List<String> articleIds() {
      return articles.stream().map(ArticleInfo::id).toList();
    }

    /** Distinct outlets, in the order of their first article. */
    public List<String> outlets() {
      return articles.stream().map(ArticleInfo::outlet).distinct().toList();
    }

    /** The URL of the outlet's first article that has one. */
    public Optional<String> urlOf(String outlet) {
      return articles.stream().filter(a -> a.outlet().equals(outlet)).map(ArticleInfo::url).flatMap(Optional::stream).findFirst();
    }

    /** Articles per outlet, in the order of {@link #outlets()}. */
    public Map<String, Integer> articlesPerOutlet() {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (ArticleInfo a : articles) m.merge(a.outlet(), 1, Integer::sum);
      return m;
    }
  }

  /** A storyline with its events, oldest first (undated events last). */
  public record StorylineInfo(String id, String title, List<EventInfo> events) {
    public StorylineInfo {
      events = List.copyOf(events);
    }
  }

  /** The metadata the store's cards lack, read from the archive. */
  public record Meta(String outlet, Optional<String> language, Optional<String> url) {}

  /** Events in date order, undated last, then by id. */
  static final Comparator<EventInfo> BY_DATE = Comparator
      .comparing((EventInfo e) -> e.date().orElse(LocalDate.MAX)).thenComparing(EventInfo::id);

  private final Map<String, ArticleInfo> articles;
  private final Map<String, EventInfo> events;
  private final Map<String, StorylineInfo> storylines;

  Catalog(Map<String, ArticleInfo> articles, Map<String, EventInfo> events, Map<String, StorylineInfo> storylines) {
    this.articles = Map.copyOf(articles);
    this.events = Map.copyOf(events);
    this.storylines = Map.copyOf(storylines);
  }

  /**
   * Reads the snapshot from {@code store} (not thread-safe: the caller holds the store's lock);
   * {@code meta} gives each article's outlet and language (absent: the article was indexed before the
   * archive existed, and is shown as "(unknown outlet: ID)").
   */
  static Catalog read(Store store, Map<String, Meta> meta) throws IOException {
    Map<String, ArticleInfo> articles = new LinkedHashMap<>();
    Map<String, List<ArticleInfo>> byEvent = new LinkedHashMap<>();
    for (String id : store.articleIds()) {
      Optional<StoredArticle> card = store.article(id);
      if (card.isEmpty() || articles.containsKey(id)) continue;
      StoredArticle c = card.get();
      Meta m = meta.getOrDefault(id, new Meta("(unknown outlet: " + id + ")", Optional.empty(), Optional.empty()));
      ArticleInfo a = new ArticleInfo(id, c.title(), c.published(), m.outlet(), m.language(), m.url(), c.eventId(), c.storylineId());
      articles.put(id, a);
      byEvent.computeIfAbsent(c.eventId(), k -> new ArrayList<>()).add(a);
    }
    Map<String, EventInfo> events = new LinkedHashMap<>();
    Map<String, List<EventInfo>> byStoryline = new LinkedHashMap<>();
    for (var en : byEvent.entrySet()) {
      ArticleInfo first = en.getValue().get(0);
      Optional<StoredEvent> stored = store.event(en.getKey());
      EventInfo e = new EventInfo(en.getKey(), stored.map(StoredEvent::storylineId).orElse(first.storylineId()),
          stored.map(StoredEvent::title).orElse(first.title()),
          stored.flatMap(StoredEvent::date).or(() -> earliest(en.getValue())), en.getValue());
      events.put(e.id(), e);
      byStoryline.computeIfAbsent(e.storylineId(), k -> new ArrayList<>()).add(e);
    }
    Map<String, StorylineInfo> storylines = new LinkedHashMap<>();
    for (var en : byStoryline.entrySet()) {
      List<EventInfo> list = new ArrayList<>(en.getValue());
      list.sort(BY_DATE);
      String title = store.storyline(en.getKey()).map(StoredStoryline::title).orElse(list.get(0).title());
      storylines.put(en.getKey(), new StorylineInfo(en.getKey(), title, list));
    }
    return new Catalog(articles, events, storylines);
  }

  private static Optional<LocalDate> earliest(List<ArticleInfo> articles) {
    return articles.stream().map(ArticleInfo::date).flatMap(Optional::stream).min(Comparator.naturalOrder());
  }

  public Optional<ArticleInfo> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  public Optional<EventInfo> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  public Optional<StorylineInfo> storyline(String id) {
    return Optional.ofNullable(storylines.get(id));
  }

  public int articleCount() {
    return articles.size();
  }

  /** All events, most outlets first, then newest, then most articles, then by id. */
  public List<EventInfo> ranked() {
    return ranked(Filter.NONE);
  }

  /** The events that pass {@code filter}, ranked as {@link #ranked()}. */
  public List<EventInfo> ranked(Filter filter) {
    return events.values().stream().filter(filter::accepts)
        .sorted(Comparator.comparingInt((EventInfo e) -> -e.outlets().size())
            .thenComparing((EventInfo e) -> e.date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparingInt(e -> -e.articles().size())
            .thenComparing(EventInfo::id))
        .toList();
  }

  /** Every outlet, sorted. */
  public List<String> outlets() {
    return List.copyOf(new TreeSet<>(articles.values().stream().map(ArticleInfo::outlet).toList()));
  }

  /** Every known language, sorted. */
  public List<String> languages() {
    return List.copyOf(new TreeSet<>(articles.values().stream().map(ArticleInfo::language).flatMap(Optional::stream).toList()));
  }

  /**
   * Which events the front page shows: those dated within {@code [from, to]} (undated events pass only
   * when neither bound is set) with at least one article of {@code outlet} and in {@code language}.
   */
  public record Filter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> outlet, Optional<String> language) {
    public static final Filter NONE = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    boolean accepts(EventInfo e) {
      if (from.isPresent() || to.isPresent()) {
        if (e.date().isEmpty()) return false;
        LocalDate d = e.date().get();
        if (from.isPresent() && d.isBefore(from.get())) return false;
        if (to.isPresent() && d.isAfter(to.get())) return false;
      }
      return e.articles().stream().anyMatch(a -> outlet.map(o -> o.equals(a.outlet())).orElse(true)
          && language.map(l -> Objects.equals(l, a.language().orElse(null))).orElse(true));
    }

    public boolean isEmpty() {
      return equals(NONE);
    }

    /**
     * Whether a search hit passes: an article by its own day (its event's when it has none), outlet and
     * language; an event as on the front page; a storyline when one of its events does.
     */
    boolean accepts(Catalog catalog, SearchHit hit) {
      return switch (hit.kind()) {
        case "event" -> catalog.event(hit.id()).map(this::accepts).orElse(false);
        case "storyline" -> catalog.storyline(hit.id()).map(s -> s.events().stream().anyMatch(this::accepts)).orElse(false);
        default -> catalog.article(hit.id()).map(a -> accepts(a, a.date().or(() -> catalog.event(a.eventId()).flatMap(EventInfo::date))))
            .orElse(false);
      };
    }

    private boolean accepts(ArticleInfo a, Optional<LocalDate> day) {
      if ((from.isPresent() || to.isPresent()) && (day.isEmpty()
          || from.map(day.get()::isBefore).orElse(false) || to.map(day.get()::isAfter).orElse(false))) {
        return false;
      }
      return outlet.map(o -> o.equals(a.outlet())).orElse(true)
          && language.map(l -> Objects.equals(l, a.language().orElse(null))).orElse(true);
    }
  }
}
