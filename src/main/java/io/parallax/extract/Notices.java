package io.parallax.extract;

import java.util.regex.Pattern;

/**
 * Notices that stand where article text is, on any site and in any input (pages, feed items, JSONL
 * text): comment prompts, paywall notices and cookie-consent banners with their buttons. Told by
 * wording, never by a site's name; used by the main-text step and by the cleaner.
 */
public final class Notices {

  /**
   * Notices that stand where the text is, on any site: comment prompts ("Let us know in the comments"),
   * paywall notices ("Subscribe to continue reading", "You have reached your limit of free articles")
   * and cookie-consent banners. Only blocks shorter than {@link #MAX_CHARS} are tested.
   */
  private static final Pattern NOTICE = Pattern.compile(
      "(?iU)\\b(?:let us know|tell us|share your (?:thoughts|views|opinions?)|join the (?:conversation|discussion)"
          + "|have your say)\\b.{0,80}\\b(?:in the comments?|comments? (?:section|below)|below)\\b"
          + "|\\b(?:for (?:paid )?(?:subscribers|members) only|subscribe (?:now |today )?to (?:continue|keep) reading"
          + "|to (?:continue|keep) reading,? (?:please )?(?:subscribe|log ?in|sign ?in|register)"
          + "|you(?:'ve| have) (?:reached|used|read) (?:your|all)\\b.{0,40}\\b(?:free )?(?:articles?|stories|limit)"
          + "|(?:article|story|content) is (?:only )?(?:available|reserved) (?:to|for) (?:paying )?(?:subscribers|members)"
          + "|already a subscriber|unlock (?:this|the full) (?:article|story))\\b"
          + "|\\b(?:we use cookies|this (?:web)?site uses cookies|we and our partners use cookies"
          + "|(?:accept|allow|reject) (?:all )?cookies|cookie (?:policy|settings|preferences|notice|consent))\\b");
  private static final int MAX_CHARS = 600;
  /** The buttons of a consent banner. */
  private static final Pattern CONSENT_BUTTON = Pattern.compile(
      "(?i)^(accept|accept all|accept cookies|allow all|reject all|decline|manage (preferences|cookies|settings|options)"
          + "|cookie settings|i agree|i accept|agree|got it|ok,? got it)[.!]?$");

  private Notices() {}

  /** Whether {@code text} (a paragraph or line) is a comment prompt, paywall notice or cookie-consent text or button. */
  public static boolean isNotice(String text) {
    return text.length() < MAX_CHARS && (NOTICE.matcher(text).find() || CONSENT_BUTTON.matcher(text.strip()).matches());
  }
}
