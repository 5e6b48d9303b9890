package io.parallax.serve;

import io.parallax.report.Report;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One event as analysed for the reader: the report of {@code analyze} over this event's articles only
 * (its {@code events} list holds this one event, its {@code articles} list the event's articles with
 * their annotations), and its page once rendered.
 */
public final class EventView {

  private final Catalog.EventInfo info;
  private final Report report;
  /** The page as last rendered, for the catalog snapshot it was rendered from. */
  private volatile Rendered rendered;

  private record Rendered(Catalog catalog, byte[] html) {}

  EventView(Catalog.EventInfo info, Report report) {
    this.info = info;
    this.report = report;
  }

  public Catalog.EventInfo info() {
    return info;
  }

  public Report report() {
    return report;
  }

  /** The event as in the report's {@code events} list. */
  public Report.EventEntry entry() {
    return report.events().get(0);
  }

  public Optional<Report.ArticleEntry> article(String id) {
    return report.articles().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The event page rendered from {@code catalog}: rendered once per snapshot (the page also shows
   * storyline titles, which a later snapshot may change), then served as is.
   */
  byte[] page(Catalog catalog, Supplier<byte[]> render) {
    Rendered r = rendered;
    if (r == null || r.catalog() != catalog) {
      r = new Rendered(catalog, render.get());
      rendered = r;
    }
    return r.html();
  }
}
