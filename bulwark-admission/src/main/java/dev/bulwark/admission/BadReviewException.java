package dev.bulwark.admission;

/** A request body that is JSON but not an AdmissionReview we can answer; becomes HTTP 400. */
public final class BadReviewException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadReviewException(String message) {
    super(message);
  }
}
