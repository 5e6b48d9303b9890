package io.parallax.serve;

import io.parallax.report.Report;
import java.util.Optional;

/**
 * One event as analysed for the reader: the report of {@code analyze} over this event's articles only
 * (its {@code events} list holds this one event, its {@code articles} list the event's articles with
 * their annotations).
 */
public record EventView(Catalog.EventInfo info, Report report) {

  /** The event as in the report's {@code events} list. */
  public Report.EventEntry entry() {
    return report.events().get(0);
  }

  public Optional<Report.ArticleEntry> article(String id) {
    return report.articles().stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
