package io.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of an article's text with OpenNLP's language detector (103 languages,
 * model {@code langdetect-183.bin} from the {@code opennlp-models-langdetect} artifact), so that
 * articles without language metadata get one and non-English text, whose annotations would be
 * unreliable, is flagged in the run summary. The model is loaded once per JVM, on first use.
 */
public final class LanguageCheck {

  /** The detection result: a BCP-47 language tag and the detector's confidence. */
  public record Guess(String tag, double confidence) {}

  private static final int MIN_CHARS = 120;
  private static final int MAX_CHARS = 3000;

  private static final class Holder {
    static final LanguageDetectorME DETECTOR = load();
    static final Map<String, String> ISO3_TO_2 = iso3To2();

    private static LanguageDetectorME load() {
      try (InputStream in = LanguageCheck.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin not on the classpath: the build must include "
              + "org.apache.opennlp:opennlp-models-langdetect");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language model langdetect-183.bin", e);
      }
    }

    private static Map<String, String> iso3To2() {
      Map<String, String> m = new HashMap<>();
      for (String two : Locale.getISOLanguages()) {
        try {
          m.put(Locale.of(two).getISO3Language(), two);
        } catch (java.util.MissingResourceException ignored) {
          // no three-letter code for this language
        }
      }
      return m;
    }
  }

  /** The language of {@code text}, or empty when the text is too short to tell. */
  public Optional<Guess> identify(String text) {
    String sample = text.strip();
    if (sample.length() < MIN_CHARS) return Optional.empty();
    if (sample.length() > MAX_CHARS) sample = sample.substring(0, MAX_CHARS);
    Language best = Holder.DETECTOR.predictLanguage(sample);
    String code = best.getLang();
    String tag = Holder.ISO3_TO_2.getOrDefault(code, code);
    return Optional.of(new Guess(tag, best.getConfidence()));
  }
}
