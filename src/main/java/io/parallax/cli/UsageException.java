package io.parallax.cli;

/**
 * Arguments a command cannot use (a missing input, a value out of range). The message says what was
 * wrong, with the value, and what to give instead; {@link Main} prints it on one line after the command's
 * name and exits with {@link ExitCode#USAGE}, the same path as picocli's own argument errors.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
