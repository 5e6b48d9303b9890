package io.parallax.cli;

import java.io.PrintWriter;

/** Conventions shared by the commands: exit codes and one-line error messages. */
final class Cli {

  static final int USAGE = 2;

  private Cli() {}

  /** Prints {@code parallax: <reason>} and returns the usage exit code. */
  static int usageError(PrintWriter err, String reason) {
    err.println("parallax: " + reason);
    err.flush();
    return USAGE;
  }
}
