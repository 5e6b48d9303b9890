package io.parallax.clean;

import io.parallax.extract.Notices;
import io.parallax.model.Dates;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general, line-level furniture rules. Each rule recognises one kind of non-article line by its
 * form (never by a literal string of a particular site) and may name the outlet or agency it reveals.
 */
final class FurnitureRules {

  /** What a rule found in one line. */
  record Match(String reason, Optional<String> outlet, Optional<String> agency, Optional<OffsetDateTime> published) {
    Match(String reason, Optional<String> outlet, Optional<String> agency) {
      this(reason, outlet, agency, Optional.empty());
    }
  }

  static final String AGENCIES = "AFP|Agence France-Presse|Agence France Presse|AP|The Associated Press"
      + "|Associated Press|Reuters|Thomson Reuters|dpa|DPA|Xinhua|ANI|PTI|IANS|EFE|ANSA|UPI|Kyodo|Yonhap|TASS"
      + "|Anadolu|Anadolu Agency|Bloomberg|AAP|CP|The Canadian Press|WAFA|Bernama|Antara|APA|KUNA|SPA|Sputnik";

  private static final String PHOTO = "(?:" + AGENCIES + "|Getty Images|Getty|EPA|EPA-EFE|Shutterstock"
      + "|Alamy|Pool|File|File Photo|AFP via Getty Images|AP Photo|Reuters/[\\p{L} .'-]+|AFP/[\\p{L} .'-]+"
      + "|Handout|Courtesy|Stock)";

  private static final Pattern AGENCY_NAME = Pattern.compile("^(?:" + AGENCIES + ")$");
  private static final Pattern AGENCY_IN_TEXT = Pattern.compile("\\b(" + AGENCIES + ")\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s?\\s+\\p{Lu}");

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern CAPTION = Pattern.compile(
      "^(?!.*[“”\"])(.{2,160}?)(?:[.;:|/]\\s*|\\s[-–—]\\s*|\\s*\\()(?:(?:photo|image|picture|credit)s?:?\\s*)?("
          + PHOTO + ")(?:\\s+(?:photo|images?|pool))?\\)?\\s*$");
  private static final Pattern PHOTO_LINE = Pattern.compile(
      "^\\(?(?:photo|image|picture|caption|credit|file photo|pictured|photograph|illustration)(?:\\s+by\\b.*|\\s*:.*|\\))$", FLAGS);
  private static final Pattern RELATED = Pattern.compile(
      "^(?:related(?:\\s+(?:articles?|stories|story|coverage|content|news|links?|reading|topics?))?"
          + "|read (?:more|also|next)|also read|see also|more on this(?: story)?|recommended(?: for you)?"
          + "|you may also like|you might also like|more from [\\p{L} ]{2,30}|trending|most read|popular"
          + "|top stories|editor'?s picks)\\b\\s*[:|»>-]?\\s*(.*)$", FLAGS);
  private static final Pattern SHARE = Pattern.compile(
      "^(?:short ?link|short url|permalink|share(?: this)?(?: article| story| page)?(?: on [\\p{L} ]+)?"
          + "|copy (?:the )?link|print(?: this)?(?: article| page)?|email(?: this)?(?: article)?"
          + "|tweet(?: this)?|follow us(?: on [\\p{L}, ]+)?|comments?)\\s*[:|]?\\s*(?:https?://\\S+)?\\s*$", FLAGS);
  private static final Pattern FULL_REPORT = Pattern.compile(
      "^(?:read|see|view|watch|listen to|continue reading|get)\\b.{0,60}?\\b(?:at|on|from)\\s+"
          + "((?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|org|net|co\\.uk|co|news|tv|info|[a-z]{2}))"
          + "\\s*[.!]?\\s*$", FLAGS);
  private static final Pattern MORE_NEWS = Pattern.compile(
      "^for (?:more|the latest|all the latest)\\s+(.{0,40}?)\\s*(?:news|coverage|updates|stories|reporting)\\b"
          + ".{0,80}\\b(?:create an account|sign up|subscribe|newsletters?|download|follow|visit|register|app)\\b.*$", FLAGS);
  private static final Pattern EDITORIAL = Pattern.compile(
      "^\\W*(?:this|the) (?:story|article|report|post|piece|item|version)\\s+(?:was|has been|had been|is|will be)\\s+"
          + "(?:edited|updated|corrected|produced|written|prepared|reported|amended|translated|republished|published)"
          + "(?:\\s+and\\s+\\w+)?\\b(?:.{0,80}?\\bby\\s+(.+?)|.{0,120}?)\\s*[.!]?\\s*$", FLAGS);
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "^\\W*(.{0,200}?)\\s+contributed(?:\\s+reporting)?(?:\\s+to\\s+(?:this|the)\\s+(?:report|story|article|coverage))?\\s*\\.?\\s*$", FLAGS);
  private static final Pattern STAFF_CREDIT = Pattern.compile(
      "^\\W*(?:additional )?(?:reporting|writing|editing|compiled|graphics)(?: by)?\\s+[\\p{Lu}].{0,200}$");
  private static final Pattern REUTERS_CREDIT = Pattern.compile(
      "(?:reporting|writing|editing) by .*;\\s*(?:editing|writing|additional reporting) by", FLAGS);
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:(first |originally )?(?:published|posted)|(?:last )?(?:updated|modified))(?: on| at)?\\s*:?\\s*(.{6,80})$", FLAGS);
  private static final Pattern DATE_START = Pattern.compile(
      "\\W*(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)", FLAGS);
  private static final Pattern AGENCY_TAG = Pattern.compile("^\\W*(" + AGENCIES + ")\\W*$");
  private static final Pattern CLUTTER = Pattern.compile(
      "^(?:advertisement|advertising|sponsored(?: content)?|ad|subscribe(?: now| today)?(?:\\b.{0,60})?"
          + "|sign up\\b.{0,80}\\bnewsletters?\\b.*|click here\\b.{0,80}|listen to this article.{0,40}"
          + "|story continues below.{0,40}|article continues below.{0,40}|(?:copyright|©)\\s.{0,120}"
          + "|all rights reserved.{0,40}|image source.{0,60}|skip to (?:main )?content|loading\\.*"
          + "|(?:watch|video|listen|podcast)\\s*:.{0,120}"
          + "|\\d+\\s+min(?:ute)?s? read|share on \\w+|whatsapp|facebook|twitter|linkedin|telegram)\\s*$", FLAGS);
  private static final Pattern COPYRIGHT_OWNER = Pattern.compile(
      "^(?:copyright|©)\\s*(?:©\\s*)?(?:\\d{4}\\s*)?(?:[-–]\\s*\\d{4}\\s*)?([\\p{L}][\\p{L}&.' -]{1,50}?)[.,]?(?:\\s+all rights reserved.*)?$", FLAGS);

  /** The heading of a box of summary bullets above the text (CNN's "STORY HIGHLIGHTS"). */
  private static final Pattern HIGHLIGHTS = Pattern.compile(
      "^(?:story highlights|highlights|key points|key takeaways|at a glance|in brief|what you need to know)\\s*:?$", FLAGS);

  /** The reason given to a highlights heading and to the bullet lines under it. */
  static final String HIGHLIGHTS_REASON = "story highlights box";

  private FurnitureRules() {}

  /** The first rule that matches the trimmed {@code line}, if any. */
  static Optional<Match> match(String line) {
    String l = line.strip();
    if (l.isEmpty()) return Optional.empty();
    int words = l.split("\\s+").length;
    Matcher m;
    if (words <= 6 && HIGHLIGHTS.matcher(l).matches()) {
      return found(HIGHLIGHTS_REASON);
    }
    if (Notices.isNotice(l)) {
      return found("comment prompt, paywall or cookie notice");
    }
    if ((m = SHARE.matcher(l)).matches()) {
      return found("share/permalink line");
    }
    if ((m = FULL_REPORT.matcher(l)).matches()) {
      return Optional.of(new Match("link to the full report elsewhere", Optional.of(outletFromDomain(m.group(1))), Optional.empty()));
    }
    if ((m = MORE_NEWS.matcher(l)).matches()) {
      return Optional.of(new Match("newsletter/account prompt", outletName(m.group(1)), Optional.empty()));
    }
    if ((m = EDITORIAL.matcher(l)).matches()) {
      Optional<String> by = Optional.ofNullable(m.group(1)).flatMap(FurnitureRules::outletName);
      Optional<String> agency = by.filter(b -> AGENCY_NAME.matcher(b).matches());
      return Optional.of(new Match("editorial note", agency.isPresent() ? Optional.empty() : by, agency.map(FurnitureRules::agencyName)));
    }
    if (words <= 60 && (m = CONTRIBUTED.matcher(l)).matches()) {
      return Optional.of(creditMatch(m.group(1)));
    }
    if (words <= 40 && REUTERS_CREDIT.matcher(l).find()) {
      return Optional.of(new Match("staff credit line", Optional.empty(), Optional.of("Reuters")));
    }
    if (words <= 25 && STAFF_CREDIT.matcher(l).matches() && !l.endsWith("\"") && !l.endsWith("”")) {
      return found("staff credit line");
    }
    if (words <= 16 && (m = DATELINE.matcher(l)).matches() && DATE_START.matcher(m.group(2)).lookingAt()) {
      boolean publication = !l.toLowerCase(java.util.Locale.ROOT).matches("^(last )?(updated|modified).*");
      Optional<OffsetDateTime> when = publication ? Dates.parse(m.group(2).replaceAll("(\\d)\\s*([:.])\\s+(\\d)", "$1$2$3"))
          : Optional.empty();
      return Optional.of(new Match(publication ? "publication dateline" : "update dateline", Optional.empty(),
          Optional.empty(), when));
    }
    if ((m = AGENCY_TAG.matcher(l)).matches()) {
      return Optional.of(new Match("agency credit", Optional.empty(), Optional.of(agencyName(m.group(1)))));
    }
    if (words <= 20 && (m = CAPTION.matcher(l)).matches() && !endsLikeSentence(m.group(1))) {
      Optional<String> agency = agencyIn(m.group(2));
      return Optional.of(new Match("image caption with photo credit", Optional.empty(), agency));
    }
    if (words <= 25 && PHOTO_LINE.matcher(l).matches()) {
      return found("image caption");
    }
    if (words <= 30 && (m = RELATED.matcher(l)).matches() && !endsLikeSentence(l)) {
      return found("related-links line");
    }
    if (words <= 25 && (m = CLUTTER.matcher(l)).matches()) {
      Matcher owner = COPYRIGHT_OWNER.matcher(l);
      Optional<String> outlet = owner.matches() ? outletName(owner.group(1)) : Optional.empty();
      return Optional.of(new Match("page furniture", outlet, Optional.empty()));
    }
    return Optional.empty();
  }

  /** Whether a line reads like a link headline: short, no closing punctuation, not a quote. */
  static boolean looksLikeHeadline(String line) {
    String l = line.strip();
    int words = l.isEmpty() ? 0 : l.split("\\s+").length;
    return words >= 2 && words <= 16 && !endsLikeSentence(l) && !l.startsWith("\"") && !l.startsWith("“");
  }

  private static boolean endsLikeSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == '\'';
  }

  private static Optional<Match> found(String reason) {
    return Optional.of(new Match(reason, Optional.empty(), Optional.empty()));
  }

  /** "Fox News Digital's Jane Doe and John Roe" → outlet; "The Associated Press" → agency. */
  private static Match creditMatch(String who) {
    String w = who.strip();
    if (AGENCY_NAME.matcher(w).matches()) {
      return new Match("contributor credit", Optional.empty(), Optional.of(agencyName(w)));
    }
    Matcher possessive = POSSESSIVE.matcher(w);
    if (possessive.find()) {
      String org = possessive.group(1).strip();
      if (AGENCY_NAME.matcher(org).matches()) {
        return new Match("contributor credit", Optional.empty(), Optional.of(agencyName(org)));
      }
      return new Match("contributor credit", outletName(org), Optional.empty());
    }
    return new Match("contributor credit", Optional.empty(), agencyIn(w));
  }

  /** A cleaned outlet name: capitalised words, without a trailing "Digital" desk name. */
  static Optional<String> outletName(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.strip().replaceAll("^(?i)the\\s+(?=\\p{Lu}{2,})", "").replaceAll("[.,;:]+$", "").strip();
    if (s.isEmpty() || s.length() > 50 || !Character.isUpperCase(s.codePointAt(0))) return Optional.empty();
    if (s.matches(".*\\.(com|org|net|co\\.uk)$")) return Optional.of(outletFromDomain(s));
    s = s.replaceAll("\\s+(Digital|Staff|Newsroom|Desk|Wire)$", "");
    return Optional.of(s);
  }

  /** "TheHill.com" → "The Hill"; "cnn.com" → "CNN"; "www.foxnews.com" → "Foxnews". */
  static String outletFromDomain(String domain) {
    String d = domain.replaceFirst("(?i)^www\\.", "");
    String name = d.contains(".") ? d.substring(0, d.indexOf('.')) : d;
    if (name.equals(name.toLowerCase(Locale.ROOT))) {
      return name.length() <= 4 ? name.toUpperCase(Locale.ROOT)
          : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
    return name.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
  }

  private static Optional<String> agencyIn(String text) {
    Matcher m = AGENCY_IN_TEXT.matcher(text);
    return m.find() ? Optional.of(agencyName(m.group(1))) : Optional.empty();
  }

  /** The usual short name of a wire agency. */
  static String agencyName(String raw) {
    String s = raw.strip();
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "agence france-presse", "agence france presse", "afp" -> "AFP";
      case "the associated press", "associated press", "ap", "ap photo" -> "AP";
      case "thomson reuters", "reuters" -> "Reuters";
      case "anadolu agency" -> "Anadolu";
      case "the canadian press" -> "CP";
      default -> s.startsWith("Reuters/") ? "Reuters" : s.startsWith("AFP/") ? "AFP" : s;
    };
  }

  static List<String> agencyNames() {
    return List.of(AGENCIES.split("\\|"));
  }
}
