package io.parallax.serve;

import io.parallax.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a range of text into segments at every boundary of a set of possibly overlapping marks, so that
 * overlapping spans (a speaker inside a quote inside a sentence) render as flat, non-nested elements,
 * each with the classes of every mark covering it.
 */
public final class Marked {

  private Marked() {}

  /** A highlighted span: its CSS class and an optional tooltip. */
  public record Mark(Span span, String cls, String title) {}

  /**
   * A piece of text with the marks covering it.
   *
   * @param cls the space-separated classes of the marks covering it, or null when none does
   * @param title the tooltip of the first mark covering it that has one, or null
   */
  public record Segment(int start, int end, String text, String cls, String title) {}

  /** The segments of {@code text} between {@code from} and {@code to}, in text order, none empty. */
  public static List<Segment> segments(String text, int from, int to, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(from);
    cuts.add(to);
    for (Mark m : marks) {
      if (m.span().end() <= from || m.span().start() >= to) continue;
      cuts.add(Math.max(from, m.span().start()));
      cuts.add(Math.min(to, m.span().end()));
    }
    List<Segment> out = new ArrayList<>();
    Integer a = cuts.first();
    for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      Set<String> cls = new LinkedHashSet<>();
      String title = null;
      for (Mark m : marks) {
        if (m.span().start() <= a && b <= m.span().end()) {
          cls.add(m.cls());
          if (title == null) title = m.title();
        }
      }
      out.add(new Segment(a, b, text.substring(a, b), cls.isEmpty() ? null : String.join(" ", cls), title));
    }
    return out;
  }
}
