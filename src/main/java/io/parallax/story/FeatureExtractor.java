package io.parallax.story;

import io.parallax.model.Article;
import io.parallax.nlp.ContentTerms;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@link Article} into {@link ArticleFeatures}: content-word stems ({@link ContentTerms}),
 * capitalised-name sequences, {@link TimeExpressions time expressions} and quantities. Stateless and
 * thread-safe; embeddings are added separately by a {@link DocumentEmbedder}.
 */
public final class FeatureExtractor {

  /** Sentences of the lead whose words count double and that form the embedded text. */
  static final int LEAD_SENTENCES = 3;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘'(]?[\\p{Lu}\\d])|\\n\\s*\\n|\\n(?=\\S)");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(million|billion|thousand|percent|%))?",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "i", "mr", "mrs", "ms", "dr", "the", "a", "an", "it", "he", "she", "they", "we", "this", "that",
      "in", "on", "at", "but", "and", "for", "as", "after", "before", "when", "while", "if", "his", "her",
      "their", "its", "our", "read", "related", "share", "click", "photo", "video", "advertisement");

  private final ContentTerms contentTerms = new ContentTerms();

  /** Features of {@code article}, without an embedding. */
  public ArticleFeatures extract(Article article) {
    String text = article.text();
    Optional<LocalDate> published = article.published().map(OffsetDateTime::toLocalDate);
    List<String> sentences = sentences(text);
    String title = article.title().orElseGet(() -> firstLine(sentences));
    String lead = lead(article.title(), sentences);

    Map<String, Integer> terms = new HashMap<>();
    addTerms(terms, text, 1);
    addTerms(terms, lead, 1);

    Map<String, Integer> names = names(article.title().map(t -> t + "\n\n").orElse("") + text);
    Map<String, Integer> nameStems = new HashMap<>();
    addTerms(nameStems, String.join(" ", names.keySet()), 1);
    Map<String, Integer> subject = new HashMap<>(terms);
    subject.keySet().removeAll(nameStems.keySet());

    List<TimeExpressions.Mention> mentions = TimeExpressions.find(text, published);
    Set<String> times = new TreeSet<>();
    int leadEnd = leadEnd(text, sentences);
    for (TimeExpressions.Mention m : mentions) {
      if (m.start() >= leadEnd && (m.kind() == TimeExpressions.Kind.DATE || m.kind() == TimeExpressions.Kind.MONTH_DAY)) {
        // dates past the lead are mostly background ("the October 7 attack"), not the event's own
        if (m.kind() == TimeExpressions.Kind.DATE) times.add("y:" + m.value().substring(0, 4));
        continue;
      }
      switch (m.kind()) {
        case DATE -> {
          times.add("d:" + m.value());
          times.add("md:" + m.value().substring(5));
          times.add("y:" + m.value().substring(0, 4));
        }
        case MONTH_DAY -> {
          times.add("md:" + m.value());
          m.date().ifPresent(d -> times.add("d:" + d));
        }
        case MONTH_YEAR -> {
          times.add("ym:" + m.value());
          times.add("y:" + m.value().substring(0, 4));
        }
        case YEAR -> times.add("y:" + m.value());
        case WEEKDAY -> {
          times.add("wd:" + m.value());
          m.date().ifPresent(d -> times.add("d:" + d));
        }
        case RELATIVE_DAY -> times.add("rel:" + m.value());
        case DURATION -> {
          times.add("dur:" + m.value());
          if (elapsed(text, m)) times.add("el:" + m.value());
        }
      }
    }
    Set<String> numbers = numbers(text, mentions);
    Optional<LocalDate> date = eventDate(mentions, published, lead.length() + 200, text.length());
    return new ArticleFeatures(article.id(), title, terms, subject, names, times, numbers, date, published, new float[0]);
  }

  private static final Pattern ELAPSED_BEFORE = Pattern.compile(
      "\\b(?:in|for|after|past|over|than|since|last)\\s+(?:(?:the|a|about|nearly|almost|some|more|than|over|past|last)\\s+)*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_ELAPSED_AFTER = Pattern.compile(
      "^\\s*(?:-?\\s*old|-|in (?:prison|jail)|sentence|term|plan|ago)", Pattern.CASE_INSENSITIVE);

  /**
   * A duration that states how long something has lasted up to the report ("for the first time in a
   * month", "after seven months of war", "over the past five months"), as opposed to an age, a
   * sentence, a plan or a duration ago: the time anchors that tell two moments of one story apart.
   */
  static boolean elapsed(String text, TimeExpressions.Mention m) {
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
    return ELAPSED_BEFORE.matcher(before).find() && !NOT_ELAPSED_AFTER.matcher(after).find();
  }

  /** The text a document embedding should see: title and lead sentences. */
  public static String embeddingText(Article article) {
    return lead(article.title(), sentences(article.text()));
  }

  private static Optional<LocalDate> eventDate(
      List<TimeExpressions.Mention> mentions, Optional<LocalDate> published, int leadChars, int textLength) {
    for (TimeExpressions.Mention m : mentions) {
      if (m.start() > leadChars) break;
      if (m.date().isPresent() && m.kind() != TimeExpressions.Kind.DATE
          && published.map(p -> !m.date().get().isAfter(p)).orElse(true)) {
        return m.date();
      }
    }
    if (published.isPresent()) return published;
    for (TimeExpressions.Mention m : mentions) {
      if (m.start() > Math.min(300, textLength)) break;
      if (m.kind() == TimeExpressions.Kind.DATE) return m.date();
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

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      String t = s.strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
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

  /** Capitalised-name sequences and their single words, lower-cased, with counts. */
  static Map<String, Integer> names(String text) {
    record Tok(String word, int start, int end, boolean initial) {}
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = stripPossessive(m.group());
      if (w.isEmpty()) continue;
      toks.add(new Tok(w, m.start(), m.end(), sentenceInitial(text, m.start())));
    }
    Set<String> seenInside = new HashSet<>();
    for (Tok t : toks) {
      if (!t.initial() && isCapitalised(t.word())) seenInside.add(t.word());
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    List<String> run = new ArrayList<>();
    int prevEnd = -1;
    for (Tok t : toks) {
      boolean cap = isCapitalised(t.word()) && !NOT_NAMES.contains(t.word().toLowerCase(Locale.ROOT))
          && (!t.initial() || seenInside.contains(t.word()));
      boolean adjacent = prevEnd >= 0 && t.start() - prevEnd == 1 && text.charAt(prevEnd) == ' ';
      if (!cap || !adjacent) flush(run, names);
      if (cap) run.add(t.word().toLowerCase(Locale.ROOT));
      prevEnd = t.end();
    }
    flush(run, names);
    return names;
  }

  /** The word without a final possessive {@code 's} and then without trailing apostrophes and hyphens. */
  static String stripPossessive(String word) {
    int end = word.length();
    if (end >= 2 && word.charAt(end - 1) == 's' && isApostrophe(word.charAt(end - 2))) end -= 2;
    while (end > 0 && (isApostrophe(word.charAt(end - 1)) || word.charAt(end - 1) == '-')) end--;
    return word.substring(0, end);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static void flush(List<String> run, Map<String, Integer> names) {
    if (run.isEmpty()) return;
    for (String w : run) {
      if (w.length() > 1) names.merge(w, 1, Integer::sum);
    }
    if (run.size() > 1) names.merge(String.join(" ", run), 1, Integer::sum);
    run.clear();
  }

  private static boolean isCapitalised(String w) {
    return Character.isUpperCase(w.codePointAt(0));
  }

  private static boolean sentenceInitial(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) i--;
    return i < 0 || ".!?:\n\r|—–-".indexOf(text.charAt(i)) >= 0;
  }

  private static Set<String> numbers(String text, List<TimeExpressions.Mention> mentions) {
    Set<String> out = new TreeSet<>();
    Matcher m = NUMBER.matcher(text);
    int k = 0;
    while (m.find()) {
      while (k < mentions.size() && mentions.get(k).end() <= m.start()) k++;
      if (k < mentions.size() && mentions.get(k).start() < m.end()) continue; // part of a date or duration
      double v = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
      String unit = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      switch (unit) {
        case "million" -> v *= 1e6;
        case "billion" -> v *= 1e9;
        case "thousand" -> v *= 1e3;
        default -> { }
      }
      String suffix = unit.equals("percent") || unit.equals("%") ? "%" : "";
      out.add("n:" + new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + suffix);
    }
    return out;
  }
}
