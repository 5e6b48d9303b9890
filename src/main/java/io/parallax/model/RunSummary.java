package io.parallax.model;

import java.util.List;

/**
 * Accounts for every input of a run: {@code inputs == processed + skipped.size()}.
 *
 * @param inputs the number of inputs seen (files, JSONL lines, feed items, WARC records)
 * @param processed how many became articles
 * @param skipped the inputs that did not, each with its reason
 * @param warnings problems that did not stop an input from being processed
 */
public record RunSummary(int inputs, int processed, List<Skipped> skipped, List<String> warnings) {
  public RunSummary {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    if (inputs != processed + skipped.size()) {
      throw new IllegalArgumentException("Run summary does not add up: " + inputs + " inputs, "
          + processed + " processed, " + skipped.size() + " skipped");
    }
  }
}
