package io.parallax.extract;

import java.util.List;

/** Byline cleaning shared by page and feed readers. */
public final class Authors {
  private Authors() {}

  /**
   * Splits and cleans raw bylines: {@code ["By Jane Doe and John Roe, Staff Writers"]} gives
   * {@code [Jane Doe, John Roe]}; drops job titles, dates, e-mail addresses and URLs.
   */
  public static List<String> clean(List<String> raw) {
    return Metadata.cleanAuthors(raw);
  }
}
