package io.parallax.nlp;

/** What a time expression denotes. */
public enum TimeKind {
  /** a calendar day: "Monday", "February 15", "yesterday", "Oct. 7, 2023" */
  DATE,
  /** a calendar month: "last October", "May 2024" */
  MONTH,
  /** a calendar year: "2023", "last year" */
  YEAR,
  /** a length of time: "32 days", "seven months" */
  DURATION,
  /** a vaguer reference: "this week", "next week", "earlier this month", "recently" */
  PERIOD
}
