package io.parallax.nlp;

import io.parallax.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations in text that is not English: the text between paired quotation marks, whatever the
 * language's convention ("…", „…“, „…”, «…», »…«, ‹…›, ‚…‘, 「…」, 『…』, straight quotes), attributed only
 * where a speaker is clear — a speech verb of the article's language ({@code speech-verbs.tsv}) and a
 * capitalised name right after the closing mark (« … », afirmó Pedro Sánchez) or right before the opening
 * one (Scholz sagte: „…“). No English cue model or word list is applied: a quotation without such a
 * speaker stays unattributed.
 */
final class QuotationMarks {

  /** Longest quotation considered, in characters: past it an unmatched mark is a typo, not a quote. */
  static final int MAX_CHARS = 1500;

  private static final Map<Character, String> CLOSERS = Map.ofEntries(
      Map.entry('\u201E', "\u201C\u201D"), // „ closed by “ (German, Czech) or ” (Polish, Hungarian)
      Map.entry('\u201C', "\u201D"),       // “ ”
      Map.entry('\u00AB', "\u00BB"),       // « »
      Map.entry('\u00BB', "\u00AB"),       // » « (German, Danish)
      Map.entry('\u2039', "\u203A"),       // ‹ ›
      Map.entry('\u201A', "\u2018\u2019"), // ‚ ‘ or ’
      Map.entry('\u300C', "\u300D"),       // 「 」
      Map.entry('\u300E', "\u300F"),       // 『 』
      Map.entry('"', "\""));

  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}");
  /** What may stand between a closing mark and the speech verb after it: a comma or full stop, a dash. */
  private static final Pattern AFTER_CLOSE = Pattern.compile("^\\s*[,.]?\\s*[—–-]?\\s*");
  private static final Pattern GAP = Pattern.compile("\\s+");
  private static final Map<String, List<String>> VERBS = loadVerbs();
  /** Per language and verb, in {@link #VERBS}' order: "NAME VERB:" or "NAME VERB," ending right before a mark. */
  private static final Map<String, List<Pattern>> BEFORE_OPEN = beforeOpen(VERBS);

  private QuotationMarks() {}

  /** The direct quotations of {@code text} within {@code paragraphs}, for an article in {@code language}. */
  static List<Quote> find(String text, List<Span> paragraphs, String language) {
    List<String> verbs = VERBS.getOrDefault(primary(language), List.of());
    List<Pattern> before = BEFORE_OPEN.getOrDefault(primary(language), List.of());
    List<Quote> out = new ArrayList<>();
    for (Span p : paragraphs) {
      int i = p.start();
      while (i < p.end()) {
        String closers = CLOSERS.get(text.charAt(i));
        if (closers == null || !opensHere(text, i, p)) {
          i++;
          continue;
        }
        int close = closing(text, i + 1, Math.min(p.end(), i + 1 + MAX_CHARS), closers);
        if (close < 0) {
          i++;
          continue;
        }
        Span content = trimmed(text, i + 1, close);
        if (content != null && words(content.textOf(text)) >= 2) {
          out.add(attributed(text, content, i, close + 1, p, verbs, before));
        }
        i = close + 1;
      }
    }
    return List.copyOf(out);
  }

  /** A straight quote opens only where a word follows it and no letter precedes it. */
  private static boolean opensHere(String text, int i, Span p) {
    char c = text.charAt(i);
    if (c != '"') return true;
    boolean letterBefore = i > p.start() && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean wordAfter = i + 1 < p.end() && !Character.isWhitespace(text.charAt(i + 1));
    return !letterBefore && wordAfter;
  }

  private static int closing(String text, int from, int to, String closers) {
    for (int j = from; j < to; j++) {
      if (closers.indexOf(text.charAt(j)) >= 0) return j;
    }
    return -1;
  }

  private static Span trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return start < end ? new Span(start, end) : null;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(k));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }

  /** The quotation with its speaker and cue when a speech verb and a name stand right beside it. */
  private static Quote attributed(String text, Span content, int open, int afterClose, Span p, List<String> verbs,
      List<Pattern> beforeOpen) {
    // after: [,.]? [—–-]? VERB NAME
    String after = text.substring(afterClose, Math.min(p.end(), afterClose + 120));
    Matcher lead = AFTER_CLOSE.matcher(after);
    int k = lead.find() ? lead.end() : 0;
    for (String verb : verbs) {
      if (!after.regionMatches(true, k, verb, 0, verb.length())) continue;
      int v = k + verb.length();
      if (v < after.length() && Character.isLetter(after.charAt(v))) continue;
      Matcher name = NAME.matcher(after).region(v, after.length());
      Matcher gap = GAP.matcher(after).region(v, after.length());
      if (gap.lookingAt() && name.region(gap.end(), after.length()).lookingAt()) {
        return quote(text, content, new Span(afterClose + k, afterClose + v),
            new Span(afterClose + name.start(), afterClose + name.end()));
      }
    }
    // before: NAME VERB [:,] right before the opening mark
    String before = text.substring(Math.max(p.start(), open - 120), open);
    int base = open - before.length();
    for (Pattern verbBefore : beforeOpen) {
      Matcher m = verbBefore.matcher(before);
      if (m.find() && Character.isUpperCase(m.group(1).charAt(0))) {
        return quote(text, content, new Span(base + m.start(2), base + m.end(2)),
            new Span(base + m.start(1), base + m.end(1)));
      }
    }
    return new Quote(content, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
  }

  private static Quote quote(String text, Span content, Span cue, Span speaker) {
    return new Quote(content, Optional.of(speaker), Optional.of(speaker.textOf(text)), Optional.of(cue),
        Optional.of(cue.textOf(text).toLowerCase(Locale.ROOT)), true);
  }

  private static Map<String, List<Pattern>> beforeOpen(Map<String, List<String>> verbs) {
    Map<String, List<Pattern>> out = new HashMap<>();
    verbs.forEach((language, forms) -> out.put(language, forms.stream()
        .map(verb -> Pattern.compile("(" + NAME.pattern() + ")\\s+(" + Pattern.quote(verb) + ")\\s*[:,]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList()));
    return Map.copyOf(out);
  }

  /** "de" for "de", "de-AT" or "de_CH"; lower case. */
  static String primary(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
    return cut >= 0 ? l.substring(0, cut) : l;
  }

  private static Map<String, List<String>> loadVerbs() {
    String resource = "speech-verbs.tsv";
    try (InputStream in = QuotationMarks.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("io/parallax/nlp/" + resource + " is missing from the classpath");
      Map<String, List<String>> verbs = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 2) throw new IllegalStateException(resource + ": expected \"language<TAB>verb\", got: " + line);
        verbs.computeIfAbsent(f[0].strip(), x -> new ArrayList<>()).add(f[1].strip());
      }
      // longer forms first, so "sagte am" is tried before "sagte"
      verbs.values().forEach(v -> v.sort((a, b) -> b.length() - a.length()));
      return Map.copyOf(verbs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/parallax/nlp/" + resource, e);
    }
  }
}
