package io.parallax.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags text that does not look like English, whose annotations would be unreliable: English prose
 * has roughly a third of its words among a few dozen function words; text with very few of them is
 * reported (not dropped) in the run summary.
 */
final class LanguageCheck {

  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in",
      "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not", "he", "she", "this",
      "are", "or", "his", "her", "from", "at", "which", "but", "have", "has", "had", "an", "they",
      "you", "were", "their", "been", "we", "said", "will", "would", "its", "who", "there");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  Optional<String> warning(String text) {
    Matcher m = WORD.matcher(text);
    int words = 0;
    int function = 0;
    while (m.find() && words < 2000) {
      words++;
      if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) function++;
    }
    if (words < 30) return Optional.empty();
    double share = function / (double) words;
    return share < 0.08
        ? Optional.of(String.format(Locale.ROOT,
            "text does not look like English (%.0f%% English function words); annotations may be unreliable",
            share * 100))
        : Optional.empty();
  }
}
