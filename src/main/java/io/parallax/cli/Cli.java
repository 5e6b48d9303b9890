package io.parallax.cli;

import io.parallax.model.Skipped;
import io.parallax.model.Escape;
import java.io.PrintWriter;

/** Conventions shared by the commands: exit codes and one-line error messages. */
final class Cli {

  static final int USAGE = 2;

  private Cli() {}

  /**
   * The line that reports a skipped input: {@code parallax COMMAND: skipped SOURCE: REASON}, file
   * names and reasons made safe for a terminal (no escape sequences, line breaks or bidi overrides).
   */
  static String skipLine(String command, Skipped skipped) {
    return "parallax " + command + ": skipped " + Escape.terminal(skipped.source()) + ": " + Escape.terminal(skipped.reason());
  }

  /** Prints {@code parallax: <reason>} and returns the usage exit code. */
  static int usageError(PrintWriter err, String reason) {
    err.println("parallax: " + reason);
    err.flush();
    return USAGE;
  }
}
