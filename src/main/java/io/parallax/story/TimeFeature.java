package io.parallax.story;

/**
 * The kinds of time feature of {@link ArticleFeatures#times()}: each feature is a kind's prefix and a
 * normalised value ("d:2024-03-18", "wd:monday", "el:7 month"), so that two articles share a feature
 * exactly when they name the same time the same way. The prefixes are stored in feature codecs and must
 * not change.
 */
enum TimeFeature {
  /** a calendar day, resolved: {@code d:2024-03-18} */
  DATE("d:"),
  /** a month and day, with or without a year: {@code md:03-18} */
  MONTH_DAY("md:"),
  /** a year: {@code y:2024} */
  YEAR("y:"),
  /** a month of a year: {@code ym:2024-03} */
  MONTH_YEAR("ym:"),
  /** a weekday as written: {@code wd:monday} */
  WEEKDAY("wd:"),
  /** today, yesterday, tonight…: {@code rel:yesterday} */
  RELATIVE_DAY("rel:"),
  /** a duration: {@code dur:7 month} */
  DURATION("dur:"),
  /** a duration that states how long something has lasted up to the report: {@code el:7 month} */
  ELAPSED("el:");

  private final String prefix;

  TimeFeature(String prefix) {
    this.prefix = prefix;
  }

  /** The feature of this kind for {@code value}. */
  String of(String value) {
    return prefix + value;
  }

  /** Whether {@code feature} is of this kind. */
  boolean marks(String feature) {
    return feature.startsWith(prefix);
  }

  /** The value of a feature of this kind ("7 month" of "el:7 month"). */
  String value(String feature) {
    if (!marks(feature)) throw new IllegalArgumentException("not a " + this + " time feature: " + feature);
    return feature.substring(prefix.length());
  }
}
