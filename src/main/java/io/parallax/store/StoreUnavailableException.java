package io.parallax.store;

/**
 * The store cannot be opened: another process holds it, or its files are damaged. The message says
 * which store, what was found and what to do.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
