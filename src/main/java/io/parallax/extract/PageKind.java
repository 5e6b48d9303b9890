package io.parallax.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page that yields text is, when it is not a news article: crawls of news sites (CC-NEWS)
 * hold database error pages, server error pages, adult pages and keyword-stuffed spam next to the
 * articles. Told by general forms (error-page wording, density of explicit or spam vocabulary, an
 * adult rating label), never by a site's name. A closed set; {@link #ARTICLE} is everything else.
 */
public enum PageKind {
  ARTICLE(""),
  DATABASE_ERROR("database error page"),
  ERROR_PAGE("error page (server error or page not found)"),
  ADULT("adult content page"),
  SPAM("spam page (keyword stuffing for casinos, pills, loans or replicas)");

  private final String description;

  PageKind(String description) {
    this.description = description;
  }

  /** The skip reason for a page of this kind: "not an article: database error page". */
  public String skipReason() {
    return "not an article: " + description;
  }

  /** Error pages are short: a page with more words than this is not taken for one. */
  private static final int ERROR_PAGE_MAX_WORDS = 250;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern DATABASE_ERROR_TEXT = Pattern.compile(
      "error establishing a database connection|a database error (?:has )?occurred|database connection (?:error|failed)"
          + "|sqlstate\\[|mysqli?_(?:connect|query|fetch\\w*|num_rows)\\(|pg_(?:connect|query)\\("
          + "|you have an error in your sql syntax|too many connections|table '[^']{1,80}' doesn't exist"
          + "|(?:could not|can ?not|unable to) (?:connect to|select) (?:the )?(?:database|mysql|sql server)"
          + "|ora-\\d{5}|pdoexception|odbc (?:driver|error)|database is (?:locked|unavailable|down)", FLAGS);
  /** A status line or heading that opens with an HTTP error code ("Error 503", "404 - Not Found"). */
  private static final String ERROR_STATUS_START =
      "^\\W*(?:error\\s*[45]\\d\\d\\b|[45]\\d\\d\\s*[-:]?\\s*(?:error|internal|bad gateway|service|not found|forbidden))";
  private static final Pattern SERVER_ERROR_TEXT = Pattern.compile(
      ERROR_STATUS_START
          + "|\\b(?:internal server error|bad gateway|service (?:temporarily )?unavailable|gateway time-?out"
          + "|(?:page|file|article)(?: you requested)? (?:was |could )?not (?:be )?found|the page you (?:are|were) looking for"
          + "|fatal error:.{0,200}\\bon line \\d+|parse error:.{0,200}\\bon line \\d+"
          + "|uncaught exception|stack trace:|traceback \\(most recent call last\\))", FLAGS);
  private static final Pattern DATABASE_ERROR_TITLE = Pattern.compile("^\\W*(?:database error|db error)\\b.{0,40}$", FLAGS);
  private static final Pattern SERVER_ERROR_TITLE = Pattern.compile(
      ERROR_STATUS_START + ".*"
          + "|.*\\b(?:internal server error|bad gateway|service unavailable|site error|page not found)\\b.*", FLAGS);
  private static final Pattern ADULT_WORD = Pattern.compile(
      "\\b(?:porn\\w*|xxx|nsfw|hardcore|milfs?|nude|nudes|naked|camgirls?|sex ?cams?|webcam sex|escorts?"
          + "|horny|sluts?|blowjobs?|anal|erotic\\w*|fetish\\w*|adult (?:videos?|movies?|dating|content|site)"
          + "|hot (?:girls|babes|singles)|18\\+)(?!\\w)", FLAGS);
  private static final Pattern ADULT_GATE = Pattern.compile(
      "\\b(?:you must be (?:at least )?(?:18|21)|are you (?:over )?(?:18|21)|adults only|contains (?:sexually )?explicit"
          + "|age verification|i am (?:over )?18)\\b", FLAGS);
  private static final Pattern SPAM_WORD = Pattern.compile(
      "\\b(?:viagra|cialis|levitra|kamagra|tramadol|xanax|valium|phentermine|casinos?|slots?|jackpots?|roulette"
          + "|poker|betting|bet365|bonus(?:es)?|free spins|payday|loans?|replica|cheap|discount|buy|online pharmacy"
          + "|pills?|no prescription|essay writing|seo services|backlinks?|crypto (?:signals|bot)|forex signals"
          + "|weight loss|keto)\\b", FLAGS);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** The label that adult sites put in {@code <meta name="rating">} (the RTA label), and its plain forms. */
  private static final Pattern ADULT_RATING = Pattern.compile("rta-5042-1996-1400-1577-rta|^adult$|^mature$|^restricted$", FLAGS);

  /**
   * The kind of a page from its title, main text and {@code <meta name="rating">} value (empty when
   * absent); {@link #ARTICLE} unless the page clearly is one of the other kinds.
   */
  public static PageKind of(Optional<String> title, String text, Optional<String> rating) {
    String t = title.orElse("");
    int words = count(WORD, text);
    boolean shortPage = words <= ERROR_PAGE_MAX_WORDS;
    if (shortPage && (DATABASE_ERROR_TEXT.matcher(text).find() || DATABASE_ERROR_TEXT.matcher(t).find()
        || DATABASE_ERROR_TITLE.matcher(t.strip()).matches())) {
      return DATABASE_ERROR;
    }
    // the error message opens the page: a news report about an outage quotes it further in
    String opening = text.strip().substring(0, Math.min(text.strip().length(), 150));
    if (words <= 80 && (SERVER_ERROR_TITLE.matcher(t.strip()).matches() || SERVER_ERROR_TEXT.matcher(opening).find())) {
      return ERROR_PAGE;
    }
    String all = t + "\n" + text;
    int allWords = Math.max(1, count(WORD, all));
    int adult = count(ADULT_WORD, all);
    boolean rated = rating.filter(r -> ADULT_RATING.matcher(r.strip()).find()).isPresent();
    if (rated || (adult >= 3 && ADULT_GATE.matcher(all).find()) || (adult >= 6 && adult * 25 >= allWords)) {
      return ADULT;
    }
    int spam = count(SPAM_WORD, all);
    if (spam >= 8 && spam * 12 >= allWords) {
      return SPAM;
    }
    return ARTICLE;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
