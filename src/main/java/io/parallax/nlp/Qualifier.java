package io.parallax.nlp;

/** The hedge on a stated quantity. */
public enum Qualifier {
  /** "34,500 people" */
  EXACT,
  /** "roughly 1.5 million", "about", "nearly", "almost", "some", "an estimated" */
  APPROXIMATELY,
  /** "at least 1,200" */
  AT_LEAST,
  /** "more than a million", "over 30,000" */
  MORE_THAN,
  /** "fewer than 100", "less than", "under" */
  LESS_THAN,
  /** "at most", "up to" */
  AT_MOST,
  /** "between 20 and 30", "20 to 30", "20-30": value is the low end, upTo the high end */
  RANGE,
  /** "millions", "hundreds of thousands": value is the order of magnitude named */
  UNSPECIFIED_MANY
}
