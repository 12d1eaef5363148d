package dev.bulwark.api;

/**
 * Thrown by a check whose inputs are missing; the engine reports the check as not evaluated for
 * that object rather than treating the object as passing.
 */
public final class NotEvaluatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotEvaluatedException(String reason) {
    super(reason, null, false, false);
  }
}
