package io.parallax.cli;

import io.parallax.model.Skipped;
import io.parallax.model.Escape;

/** Conventions shared by the commands: one-line skip messages (exit codes: {@link ExitCode}). */
final class Cli {

  private Cli() {}

  /**
   * The line that reports a skipped input: {@code parallax COMMAND: skipped SOURCE: REASON}, file
   * names and reasons made safe for a terminal (no escape sequences, line breaks or bidi overrides).
   */
  static String skipLine(String command, Skipped skipped) {
    return "parallax " + command + ": skipped " + Escape.terminal(skipped.source()) + ": " + Escape.terminal(skipped.reason());
  }

}
