package io.parallax.ingest;

/** An input that cannot become an article; the message is the skip reason shown to the user. */
public final class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String reason) {
    super(reason);
  }
}
