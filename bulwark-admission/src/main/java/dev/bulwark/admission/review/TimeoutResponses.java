package dev.bulwark.admission.review;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.config.TimeoutAction;
import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.Decision;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer to a review that could not be decided within the configured timeout, worded and
 * annotated the same way whichever server gives it: allowed with a warning and an audit annotation
 * (the default, so an overloaded webhook never deadlocks the cluster), or denied with 500.
 */
public final class TimeoutResponses {
  /** Audit annotation recording that the request was not evaluated in time. */
  public static final String TIMEOUT_ANNOTATION = "bulwark-timeout";

  private TimeoutResponses() {}

  /**
   * The response for a review that ran out of time, per the config's {@code onTimeout}.
   *
   * @throws BadReviewException when the body is not a usable AdmissionReview (answer HTTP 400)
   */
  public static ObjectNode answer(JsonNode admissionReview, AdmissionConfig config)
      throws BadReviewException {
    AdmissionRequest request = ReviewParser.parse(admissionReview);
    String budget = describe(config.timeout());
    Decision decision = new Decision();
    if (config.onTimeout() == TimeoutAction.ALLOW) {
      decision.warn(
          "Bulwark admission did not finish within "
              + budget
              + "; the request was allowed without evaluation");
      decision.annotate(TIMEOUT_ANNOTATION, "allowed without evaluation after " + budget);
    } else {
      decision.deny(
          new Decision.Status(
              500,
              "InternalError",
              "Internal error occurred: Bulwark admission did not finish within " + budget,
              "",
              "",
              ""));
      decision.annotate(TIMEOUT_ANNOTATION, "denied without evaluation after " + budget);
    }
    return ResponseWriter.write(request, decision, List.copyOf(decision.warnings()));
  }

  /** A Go-style duration such as {@code 2s} or {@code 1.5s} or {@code 250ms}. */
  static String describe(Duration d) {
    long millis = d.toMillis();
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    if (millis > 1000) {
      return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }
    return millis + "ms";
  }
}
