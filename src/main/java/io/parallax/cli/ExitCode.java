package io.parallax.cli;

/**
 * The exit codes of every {@code parallax} command, one convention for all (README, "Exit codes"). Inputs
 * that could not be read do not make a run fail: they are skipped with a reason and counted in the run
 * summary.
 */
public enum ExitCode {
  /** The run did what was asked (skipped inputs, if any, are listed with their reasons). */
  DONE(0),
  /** The run failed: an unexpected error, or a store in use or damaged; one line on stderr says what to do. */
  FAILED(1),
  /** The arguments cannot be used (unknown option, missing file, malformed query); one line says why. */
  USAGE(2),
  /** None of the inputs could be read (or, for {@code fetch}, none of the URLs fetched); nothing was produced. */
  NO_INPUT(3),
  /** Partly done: output was written for some items, but others that should have produced output failed
   *  (for {@code fetch}: some URLs could not be fetched). */
  PARTIAL(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
