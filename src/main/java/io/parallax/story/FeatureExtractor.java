package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.model.Article;
import io.parallax.model.Span;
import io.parallax.nlp.ContentTerms;
import io.parallax.nlp.LexicalScan;
import io.parallax.nlp.TimeExpression;
import io.parallax.nlp.TimeFinder;
import io.parallax.nlp.TimeKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a cleaned article ({@link CleanArticle}: the kept text and the article's metadata) into
 * {@link ArticleFeatures}: content-word stems ({@link ContentTerms}),
 * capitalised-name sequences, {@link TimeFinder time expressions} and quantities. Stateless and
 * thread-safe; embeddings are added separately by a {@link io.parallax.nlp.TextEmbedder}.
 */
public final class FeatureExtractor {

  /** Sentences of the lead whose words count double and that form the embedded text. */
  static final int LEAD_SENTENCES = 3;


  private final ContentTerms contentTerms = new ContentTerms();

  /** Features of {@code clean}'s kept text and its article's metadata, without an embedding. */
  public ArticleFeatures extract(CleanArticle clean) {
    Article article = clean.article();
    String text = clean.text();
    Optional<LocalDate> published = article.published().map(OffsetDateTime::toLocalDate);
    List<Span> sentences = sentences(text);
    String title = article.title().orElseGet(() -> firstLine(text, sentences));
    String lead = lead(article.title(), text, sentences);

    Map<String, Integer> terms = new HashMap<>();
    addTerms(terms, text, 1);
    addTerms(terms, lead, 1);

    Map<String, Integer> names = LexicalScan.names(article.title().map(t -> t + "\n\n").orElse("") + text);
    Map<String, Integer> nameStems = new HashMap<>();
    addTerms(nameStems, String.join(" ", names.keySet()), 1);
    Map<String, Integer> subject = new HashMap<>(terms);
    subject.keySet().removeAll(nameStems.keySet());

    List<TimeExpression> mentions = TimeFinder.find(text, published);
    Set<String> times = new TreeSet<>();
    int leadEnd = leadEnd(text, sentences);
    for (TimeExpression m : mentions) addTimes(times, m, m.span().start() < leadEnd, text);
    Set<String> numbers = LexicalScan.numbers(text, mentions);
    Optional<LocalDate> date = eventDate(mentions, published, lead.length() + 200, text.length());
    return new ArticleFeatures(article.id(), title, terms, subject, names, times, numbers, date, published, new float[0]);
  }

  /**
   * The time features of {@code m}. Dates past the lead are mostly background ("the October 7 attack"),
   * not the event's own: of those only the year of a full date counts.
   */
  private static void addTimes(Set<String> times, TimeExpression m, boolean inLead, String text) {
    String v = m.value();
    if (!inLead && (m.kind() == TimeKind.DATE || m.kind() == TimeKind.MONTH_DAY)) {
      if (m.kind() == TimeKind.DATE) times.add(TimeFeature.YEAR.of(v.substring(0, 4)));
      return;
    }
    switch (m.kind()) {
      case DATE -> {
        times.add(TimeFeature.DATE.of(v));
        times.add(TimeFeature.MONTH_DAY.of(v.substring(5)));
        times.add(TimeFeature.YEAR.of(v.substring(0, 4)));
      }
      case MONTH_DAY -> {
        times.add(TimeFeature.MONTH_DAY.of(v.substring(2)));
        m.start().ifPresent(d -> times.add(TimeFeature.DATE.of(d.toString())));
      }
      case MONTH -> {
        if (!m.relative()) { // a month of a year as written ("May 2024")
          times.add(TimeFeature.MONTH_YEAR.of(v));
          times.add(TimeFeature.YEAR.of(v.substring(0, 4)));
        }
      }
      case YEAR -> {
        if (!m.relative()) times.add(TimeFeature.YEAR.of(v));
      }
      case WEEKDAY -> {
        times.add(TimeFeature.WEEKDAY.of(v));
        m.start().ifPresent(d -> times.add(TimeFeature.DATE.of(d.toString())));
      }
      case RELATIVE_DAY -> times.add(TimeFeature.RELATIVE_DAY.of(v));
      case DURATION -> {
        times.add(TimeFeature.DURATION.of(v));
        if (LexicalScan.elapsed(text, m)) times.add(TimeFeature.ELAPSED.of(v));
      }
      case PERIOD -> { } // too vague to tell two events apart
    }
  }

  /** The kinds of a day written without its year whose resolved date can be the event's own. */
  private static final Set<TimeKind> EVENT_DAYS = EnumSet.of(TimeKind.MONTH_DAY, TimeKind.WEEKDAY, TimeKind.RELATIVE_DAY);

  /** The text a document embedding should see: title and lead sentences of the kept text. */
  public static String embeddingText(CleanArticle clean) {
    String text = clean.text();
    return lead(clean.article().title(), text, sentences(text));
  }

  /** The sentences the lead is read from ({@link LexicalScan#sentences}: the cut the event model was calibrated on). */
  private static List<Span> sentences(String text) {
    return LexicalScan.sentences(text);
  }

  private static Optional<LocalDate> eventDate(
      List<TimeExpression> mentions, Optional<LocalDate> published, int leadChars, int textLength) {
    for (TimeExpression m : mentions) {
      if (m.span().start() > leadChars) break;
      if (m.start().isPresent() && EVENT_DAYS.contains(m.kind())
          && published.map(p -> !m.start().get().isAfter(p)).orElse(true)) {
        return m.start();
      }
    }
    if (published.isPresent()) return published;
    for (TimeExpression m : mentions) {
      if (m.span().start() > Math.min(300, textLength)) break;
      if (m.kind() == TimeKind.DATE) return m.start();
    }
    return Optional.empty();
  }

  /** Character offset where the lead (the first sentences, as in {@link #lead}) ends. */
  private static int leadEnd(String text, List<Span> sentences) {
    int n = 0;
    int pos = 0;
    for (Span s : sentences) {
      pos = s.end();
      if (!isLeadSentence(text, s)) continue;
      if (++n == LEAD_SENTENCES) break;
    }
    return pos;
  }

  /** Whether a sentence can be part of the lead: not a byline, dateline or URL. */
  private static boolean isLeadSentence(String text, Span s) {
    return s.length() >= 25 && !text.startsWith("http", s.start());
  }


  private static String firstLine(String text, List<Span> sentences) {
    if (sentences.isEmpty()) return "";
    String s = sentences.get(0).textOf(text);
    return s.length() <= 160 ? s : s.substring(0, 157).strip() + "...";
  }

  private static String lead(Optional<String> title, String text, List<Span> sentences) {
    StringBuilder b = new StringBuilder();
    title.ifPresent(t -> b.append(t).append('\n'));
    int n = 0;
    for (Span s : sentences) {
      if (!isLeadSentence(text, s)) continue;
      b.append(text, s.start(), s.end()).append(' ');
      if (++n == LEAD_SENTENCES) break;
    }
    return b.toString().strip();
  }

  private void addTerms(Map<String, Integer> terms, String text, int weight) {
    contentTerms.addTo(terms, text, weight);
  }
}
