package io.parallax.story;

import io.parallax.model.Article;
import io.parallax.nlp.ContentTerms;
import io.parallax.nlp.LexicalScan;
import io.parallax.nlp.TimeMentions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an {@link Article} into {@link ArticleFeatures}: content-word stems ({@link ContentTerms}),
 * capitalised-name sequences, {@link TimeMentions time expressions} and quantities. Stateless and
 * thread-safe; embeddings are added separately by a {@link io.parallax.nlp.TextEmbedder}.
 */
public final class FeatureExtractor {

  /** Sentences of the lead whose words count double and that form the embedded text. */
  static final int LEAD_SENTENCES = 3;


  private final ContentTerms contentTerms = new ContentTerms();

  /** Features of {@code article}, without an embedding. */
  public ArticleFeatures extract(Article article) {
    String text = article.text();
    Optional<LocalDate> published = article.published().map(OffsetDateTime::toLocalDate);
    List<String> sentences = LexicalScan.sentences(text);
    String title = article.title().orElseGet(() -> firstLine(sentences));
    String lead = lead(article.title(), sentences);

    Map<String, Integer> terms = new HashMap<>();
    addTerms(terms, text, 1);
    addTerms(terms, lead, 1);

    Map<String, Integer> names = LexicalScan.names(article.title().map(t -> t + "\n\n").orElse("") + text);
    Map<String, Integer> nameStems = new HashMap<>();
    addTerms(nameStems, String.join(" ", names.keySet()), 1);
    Map<String, Integer> subject = new HashMap<>(terms);
    subject.keySet().removeAll(nameStems.keySet());

    List<TimeMentions.Mention> mentions = TimeMentions.find(text, published);
    Set<String> times = new TreeSet<>();
    int leadEnd = leadEnd(text, sentences);
    for (TimeMentions.Mention m : mentions) {
      if (m.start() >= leadEnd && (m.kind() == TimeMentions.Kind.DATE || m.kind() == TimeMentions.Kind.MONTH_DAY)) {
        // dates past the lead are mostly background ("the October 7 attack"), not the event's own
        if (m.kind() == TimeMentions.Kind.DATE) times.add(TimeFeature.YEAR.of(m.value().substring(0, 4)));
        continue;
      }
      switch (m.kind()) {
        case DATE -> {
          times.add(TimeFeature.DATE.of(m.value()));
          times.add(TimeFeature.MONTH_DAY.of(m.value().substring(5)));
          times.add(TimeFeature.YEAR.of(m.value().substring(0, 4)));
        }
        case MONTH_DAY -> {
          times.add(TimeFeature.MONTH_DAY.of(m.value()));
          m.date().ifPresent(d -> times.add(TimeFeature.DATE.of(d.toString())));
        }
        case MONTH_YEAR -> {
          times.add(TimeFeature.MONTH_YEAR.of(m.value()));
          times.add(TimeFeature.YEAR.of(m.value().substring(0, 4)));
        }
        case YEAR -> times.add(TimeFeature.YEAR.of(m.value()));
        case WEEKDAY -> {
          times.add(TimeFeature.WEEKDAY.of(m.value()));
          m.date().ifPresent(d -> times.add(TimeFeature.DATE.of(d.toString())));
        }
        case RELATIVE_DAY -> times.add(TimeFeature.RELATIVE_DAY.of(m.value()));
        case DURATION -> {
          times.add(TimeFeature.DURATION.of(m.value()));
          if (LexicalScan.elapsed(text, m)) times.add(TimeFeature.ELAPSED.of(m.value()));
        }
      }
    }
    Set<String> numbers = LexicalScan.numbers(text, mentions);
    Optional<LocalDate> date = eventDate(mentions, published, lead.length() + 200, text.length());
    return new ArticleFeatures(article.id(), title, terms, subject, names, times, numbers, date, published, new float[0]);
  }



  /** The text a document embedding should see: title and lead sentences. */
  public static String embeddingText(Article article) {
    return lead(article.title(), LexicalScan.sentences(article.text()));
  }

  private static Optional<LocalDate> eventDate(
      List<TimeMentions.Mention> mentions, Optional<LocalDate> published, int leadChars, int textLength) {
    for (TimeMentions.Mention m : mentions) {
      if (m.start() > leadChars) break;
      if (m.date().isPresent() && m.kind() != TimeMentions.Kind.DATE
          && published.map(p -> !m.date().get().isAfter(p)).orElse(true)) {
        return m.date();
      }
    }
    if (published.isPresent()) return published;
    for (TimeMentions.Mention m : mentions) {
      if (m.start() > Math.min(300, textLength)) break;
      if (m.kind() == TimeMentions.Kind.DATE) return m.date();
    }
    return Optional.empty();
  }

  /** Character offset where the lead (the first sentences, as in {@link #lead}) ends. */
  private static int leadEnd(String text, List<String> sentences) {
    int n = 0;
    int pos = 0;
    for (String s : sentences) {
      int at = text.indexOf(s, pos);
      if (at >= 0) pos = at + s.length();
      if (s.length() < 25 || s.startsWith("http")) continue;
      if (++n == LEAD_SENTENCES) break;
    }
    return pos;
  }


  private static String firstLine(List<String> sentences) {
    if (sentences.isEmpty()) return "";
    String s = sentences.get(0);
    return s.length() <= 160 ? s : s.substring(0, 157).strip() + "...";
  }

  private static String lead(Optional<String> title, List<String> sentences) {
    StringBuilder b = new StringBuilder();
    title.ifPresent(t -> b.append(t).append('\n'));
    int n = 0;
    for (String s : sentences) {
      if (s.length() < 25 || s.startsWith("http")) continue; // bylines, datelines, URLs
      b.append(s).append(' ');
      if (++n == LEAD_SENTENCES) break;
    }
    return b.toString().strip();
  }

  private void addTerms(Map<String, Integer> terms, String text, int weight) {
    contentTerms.addTo(terms, text, weight);
  }







}
