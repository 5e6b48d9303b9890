package io.parallax.nlp;

/** What a time expression ({@link TimeExpression}) names. */
public enum TimeKind {
  /** a calendar day written with its year: "Oct. 7, 2023", "3 May 2013", "2013-05-03" */
  DATE,
  /** a month and day without a year: "February 15", "15 Feb" */
  MONTH_DAY,
  /** a day of the week: "Monday", "next Monday" */
  WEEKDAY,
  /** a day named from publication: "today", "yesterday", "tomorrow", "tonight", "last night" */
  RELATIVE_DAY,
  /** a calendar month: "last October", "May 2024", "next month" */
  MONTH,
  /** a calendar year: "2023", "last year" */
  YEAR,
  /** a length of time, also counted back from publication: "32 days", "seven months", "two days ago" */
  DURATION,
  /** a vaguer reference: "this week", "next week", "several days" */
  PERIOD
}
