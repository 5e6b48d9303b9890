package io.parallax.nlp;

import io.parallax.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based named entities over POS-tagged tokens: runs of capitalised proper nouns, typed by
 * titles ("President", "Sen.", "spokesman"), organisation words ("Department", "Party") and a
 * place list ({@code places-en.txt}); later short forms are linked to the longest full name
 * ("Sullivan" to "Jake Sullivan"), and titles and appositives to the person they name ("the prime
 * minister" to "Benjamin Netanyahu"). Thread-safe.
 */
final class EntityFinder {

  /** Words of a title or role written before a name (compared in lower case, dots removed). */
  static final Set<String> TITLE_WORDS = words(
      "president", "vice", "prime", "minister", "secretary", "sen", "senator", "rep",
      "representative", "gov", "governor", "mr", "mrs", "ms", "dr", "gen", "general", "adm",
      "admiral", "lt", "col", "maj", "capt", "sgt", "spokesman", "spokeswoman", "spokesperson",
      "spokeperson", "spoksperson", "adviser", "advisor", "ambassador", "chancellor", "king", "queen",
      "prince", "pope", "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "chair",
      "director", "chief", "commander", "mayor", "attorney", "candidate", "nominee", "host",
      "anchor", "correspondent", "reporter", "analyst", "professor", "prof", "deputy", "press",
      "senior", "former", "national", "security", "foreign", "defense", "defence", "state",
      "homeland", "white", "house", "department", "ceo", "founder", "coordinator", "envoy",
      "official", "officer", "lawyer", "economist", "strategist", "pollster", "sheriff",
      "treasury", "finance", "interior", "communications", "republican", "democratic", "democrat",
      "presidential", "running", "mate", "gop", "majority", "minority", "whip", "first", "lady",
      "sir", "dame", "rev", "rabbi", "imam", "father", "sister", "pastor", "emir", "sheikh",
      "crown", "supreme", "ayatollah", "general", "staff", "army", "military", "israeli", "us",
      "u.s", "american", "palestinian", "egyptian", "british", "french", "german", "russian",
      "ukrainian", "chinese", "iranian", "qatari", "saudi", "turkish", "un", "eu", "nato",
      "idf", "cia", "fbi", "hamas", "then", "acting", "assistant", "associate", "executive",
      "campaign", "manager", "chairperson", "administrator", "head", "top", "new");

  /** Titles that make the following name a person. */
  private static final Set<String> PERSON_TITLES = words(
      "president", "minister", "secretary", "sen", "senator", "rep", "representative", "gov",
      "governor", "mr", "mrs", "ms", "dr", "gen", "general", "adm", "admiral", "lt", "col", "maj",
      "capt", "sgt", "spokesman", "spokeswoman", "spokesperson", "spokeperson", "spoksperson",
      "adviser", "advisor", "ambassador", "chancellor", "king", "queen", "prince", "pope",
      "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "director", "chief",
      "commander", "mayor", "attorney", "candidate", "nominee", "host", "anchor",
      "correspondent", "reporter", "analyst", "professor", "prof", "ceo", "founder",
      "coordinator", "envoy", "official", "officer", "lawyer", "economist", "strategist",
      "pollster", "sheriff", "mate", "whip", "lady", "sir", "dame", "rev", "rabbi", "imam",
      "pastor", "emir", "sheikh", "ayatollah", "manager", "chairperson", "administrator", "head");

  private static final Set<String> ORG_WORDS = words(
      "house", "department", "ministry", "party", "council", "committee", "agency", "forces",
      "army", "navy", "administration", "inc", "corp", "company", "university", "college",
      "times", "news", "post", "journal", "press", "network", "bank", "fund", "court", "senate",
      "congress", "parliament", "cabinet", "commission", "office", "foundation", "institute",
      "center", "centre", "association", "union", "organization", "organisation", "group",
      "campaign", "authority", "police", "service", "bureau", "board", "corporation",
      "federation", "coalition", "alliance", "league", "church", "school", "hospital",
      "tribune", "guardian", "reuters", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "bbc", "pentagon",
      "kremlin", "hamas", "hezbollah", "nato", "un", "unrwa", "fbi", "cia", "idf", "dnc", "rnc",
      "gop", "eu", "who", "politico", "bloomberg", "breitbart", "twitter", "facebook", "google",
      "microsoft", "apple", "amazon", "democrats", "republicans", "club", "magazine", "herald",
      "daily", "gazette", "review", "radio", "tv", "television", "media", "jazeera", "project",
      "program", "programme", "society", "trust", "council", "brigades", "jihad", "mission",
      "cnbc", "npr", "ap", "afp", "politifact", "poll", "institution", "legislature", "assembly");

  private static final Set<String> PLACES = loadPlaces();

  /** What the finder found: mentions, and the role phrases that name a person. */
  record Found(List<Entity> entities, Map<String, String> roles, Map<Integer, Entity> byToken) {

    /** The entity whose mention covers token {@code i}, or null. */
    Entity at(int i) {
      return byToken.get(i);
    }
  }

  Found find(TaggedText t) {
    List<Raw> raws = new ArrayList<>();
    int n = t.size();
    for (TokenRange run : NameRuns.find(tokens(t), NameRuns.Tier.TAGGED)) raws.add(split(t, run.from(), run.to()));
    // canonical person names: the longest full name sharing the last word
    Map<String, String> fullByLast = new HashMap<>();
    Set<String> personLast = new HashSet<>();
    for (Raw r : raws) {
      if (r != null && r.type == EntityType.PERSON) {
        String[] parts = r.name.split(" ");
        String last = parts[parts.length - 1];
        personLast.add(last);
        String prev = fullByLast.get(last);
        if (prev == null || r.name.length() > prev.length()) fullByLast.put(last, r.name);
      }
    }
    List<Entity> out = new ArrayList<>();
    Map<Integer, Entity> byToken = new HashMap<>();
    Map<String, String> roles = new HashMap<>();
    for (Raw r : raws) {
      if (r == null) continue;
      EntityType type = r.type;
      String[] parts = r.name.split(" ");
      String last = parts[parts.length - 1];
      if (type == null) {
        if (personLast.contains(last) && parts.length <= 2) type = EntityType.PERSON;
        else if (r.subjectOfCue) type = EntityType.PERSON;
        else continue;
      }
      String canonical = type == EntityType.PERSON ? fullByLast.getOrDefault(last, r.name) : r.name;
      if (type == EntityType.PERSON && parts.length > 1 && !fullByLast.containsKey(last)) canonical = r.name;
      Entity e = new Entity(r.span, r.span.textOf(t.text), type, canonical);
      out.add(e);
      for (int k = r.first; k < r.last; k++) byToken.put(k, e);
      if (type == EntityType.PERSON && r.role != null) roles.putIfAbsent(r.role, canonical);
    }
    // appositives: "Sullivan, the national security adviser," / "the spokesman, John Kirby,"
    for (int k = 0; k + 3 < n; k++) {
      Entity e = byToken.get(k);
      if (e != null && e.type() == EntityType.PERSON && byToken.get(k + 1) != e
          && t.word[k + 1].equals(",") && (t.lower[k + 2].equals("the") || t.tag[k + 2].equals("PRP$"))) {
        int m = k + 3;
        StringBuilder role = new StringBuilder();
        while (m < n && m < k + 8 && (t.isNoun(m) || t.tag[m].startsWith("JJ"))) {
          if (role.length() > 0) role.append(' ');
          role.append(t.lower[m]);
          m++;
        }
        if (role.length() > 0 && m < n && (t.word[m].equals(",") || t.word[m].equals("."))) {
          roles.putIfAbsent(role.toString(), e.canonical());
        }
      }
    }
    for (Map.Entry<String, String> r : List.copyOf(roles.entrySet())) {
      String[] w = r.getKey().split(" ");
      roles.putIfAbsent(w[w.length - 1], r.getValue()); // "spokesman" from "national security spokesman"
      if (w.length >= 2) roles.putIfAbsent(w[w.length - 2] + " " + w[w.length - 1], r.getValue());
    }
    return new Found(List.copyOf(out), Map.copyOf(roles), Map.copyOf(byToken));
  }

  private record Raw(Span span, int first, int last, String name, EntityType type, String role,
      boolean subjectOfCue) {}

  /**
   * The tagged tokens as the run finder reads them: a name opens on a proper noun, on a capitalised noun
   * or adjective inside a sentence, or at a sentence's start on one before a proper noun; it stays in its
   * sentence.
   */
  private static NameRuns.Tokens tokens(TaggedText t) {
    return new NameRuns.Tokens() {
      @Override
      public int size() {
        return t.size();
      }

      @Override
      public String word(int i) {
        return t.word[i];
      }

      @Override
      public boolean opens(int i) {
        if (t.isProper(i)) return true;
        boolean sentenceStart = i == 0 || t.sentence[i - 1] != t.sentence[i]
            || t.word[i - 1].matches("[\"“‘'(]");
        if (sentenceStart) {
          // "White House spokesman ...": a capitalised adjective opening a multi-word name
          return i + 1 < t.size() && t.sentence[i + 1] == t.sentence[i] && t.isProper(i + 1)
              && t.capitalised(i + 1) && (t.tag[i].startsWith("JJ") || t.isNoun(i));
        }
        return t.isNoun(i) || t.tag[i].startsWith("JJ");
      }

      @Override
      public boolean follows(int i) {
        return t.sentence[i] == t.sentence[i - 1];
      }
    };
  }

  private static String norm(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (NameRuns.possessive(s)) s = s.substring(0, s.length() - 2);
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Where a person's name starts in {@code words}, a run that may open with titles: after the last title
   * word ({@code TITLE_WORDS}) before the run's last word, when the titles up to it include a person's
   * title ("White House National Security Adviser Jake Sullivan": 5); 0 when the run opens with no such
   * titles ("White House", "Bureau of Labor Statistics").
   */
  static int nameStart(List<String> words) {
    int lastTitle = -1;
    for (int k = 0; k < words.size() - 1; k++) {
      if (TITLE_WORDS.contains(norm(words.get(k)))) lastTitle = k;
    }
    for (int k = 0; k <= lastTitle; k++) {
      if (PERSON_TITLES.contains(norm(words.get(k)))) return lastTitle + 1;
    }
    return 0;
  }

  /** Types the run [i, j) and strips leading titles from person names. */
  private static Raw split(TaggedText t, int i, int j) {
    int afterTitles = nameStart(Arrays.asList(t.word).subList(i, j));
    // lower-case titles right before the run: "national security adviser Jake Sullivan"
    String role = null;
    boolean titled = false;
    int nameStart = i;
    if (afterTitles > 0) {
      nameStart = i + afterTitles;
      titled = true;
      role = roleBefore(t, nameStart - 1);
    } else if (i > 0 && t.sentence[i - 1] == t.sentence[i] && PERSON_TITLES.contains(norm(t.word[i - 1]))) {
      titled = true;
      role = roleBefore(t, i - 1);
    }
    int nameEnd = j;
    String lastWord = t.word[nameEnd - 1];
    int endChar = t.end[nameEnd - 1] - (NameRuns.possessive(lastWord) ? 2 : 0);
    Span span = new Span(t.start[nameStart], endChar);
    String name = span.textOf(t.text).replaceAll("\\s+", " ");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) return null;
    Set<String> words = new HashSet<>();
    for (int k = nameStart; k < nameEnd; k++) words.add(norm(t.word[k]));
    EntityType type = null;
    int count = nameEnd - nameStart;
    boolean placeLike = PLACES.contains(name) || words.contains("city") || words.contains("county")
        || words.contains("province") || words.contains("island") || words.contains("river")
        || (count >= 2 && (PLACES.contains(t.word[nameStart] + " " + t.word[nameStart + 1])
            && !words.contains("university") && !words.contains("times") && !words.contains("post")));
    if (placeLike && !titled) {
      type = EntityType.PLACE;
    } else if (titled && !containsAny(words, ORG_WORDS)) {
      type = EntityType.PERSON;
    } else if (containsAny(words, ORG_WORDS)) {
      type = EntityType.ORGANIZATION;
    } else if (count == 1 && name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT))) {
      type = EntityType.ORGANIZATION;
    } else if (count >= 2 && count <= 4 && allNameLike(t, nameStart, nameEnd)) {
      type = EntityType.PERSON;
    }
    boolean subjectOfCue = nameEnd < t.size() && t.sentence[nameEnd] == t.sentence[nameStart]
        && SpeechLexicon.isCueWord(t.lower[nameEnd]);
    return new Raw(span, nameStart, nameEnd, name, type, role, subjectOfCue);
  }

  /** The title phrase ending at token {@code k}, in lower case: "national security adviser". */
  private static String roleBefore(TaggedText t, int k) {
    int s = k;
    while (s > 0 && s > k - 3 && t.sentence[s - 1] == t.sentence[k]
        && TITLE_WORDS.contains(norm(t.word[s - 1])) && !t.word[s - 1].equals("'s")) s--;
    StringBuilder b = new StringBuilder();
    for (int m = s; m <= k; m++) {
      String w = norm(t.word[m]);
      if (Set.of("us", "u.s", "israeli", "american", "white", "house", "former", "then").contains(w)) continue;
      if (b.length() > 0) b.append(' ');
      b.append(w);
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static boolean allNameLike(TaggedText t, int s, int e) {
    for (int k = s; k < e; k++) {
      String w = t.word[k];
      if (!t.capitalised(k) || !Character.isLetter(w.charAt(0))) return false;
      if (w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.endsWith(".")) return false;
      if (PLACES.contains(w)) return false;
    }
    return true;
  }

  private static boolean containsAny(Set<String> words, Set<String> set) {
    for (String w : words) if (set.contains(w)) return true;
    return false;
  }

  private static Set<String> loadPlaces() {
    String name = "places-en.txt";
    try (InputStream in = EntityFinder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Place list " + name + " is missing from the classpath next to "
            + EntityFinder.class.getName() + "; rebuild the jar");
      }
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the place list " + name, e);
    }
  }

  /** A set of words that tolerates repeats in the listing. */
  static Set<String> words(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }
}
