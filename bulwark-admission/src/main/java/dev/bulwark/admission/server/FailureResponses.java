package dev.bulwark.admission.server;

import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AdmissionReview the server answers itself when the handler cannot: after the evaluation
 * budget ran out, under overload, or when the handler failed. ALLOW adds a warning (shown to the
 * user by kubectl) and an audit annotation; DENY answers code 500 with the reason.
 */
final class FailureResponses {
  /** Audit annotation key; the API server prefixes it with the webhook's name. */
  static final String AUDIT_KEY = "bulwark-evaluation";

  private final JsonMapper mapper;
  private final FailureAnswer answer;
  private final Duration timeout;

  FailureResponses(JsonMapper mapper, FailureAnswer answer, Duration timeout) {
    this.mapper = mapper;
    this.answer = answer;
    this.timeout = timeout;
  }

  boolean allows() {
    return answer == FailureAnswer.ALLOW;
  }

  ObjectNode timedOut(ReviewEnvelope review) {
    return answer(review, "timeout", "policy evaluation did not finish within " + seconds(timeout));
  }

  ObjectNode overloaded(ReviewEnvelope review) {
    return answer(
        review, "overload", "the webhook is overloaded and did not evaluate this request");
  }

  ObjectNode handlerFailed(ReviewEnvelope review) {
    return answer(review, "error", "policy evaluation failed with an internal error");
  }

  private ObjectNode answer(ReviewEnvelope review, String auditValue, String what) {
    ObjectNode root = mapper.createObjectNode();
    root.put("apiVersion", review.apiVersion());
    root.put("kind", "AdmissionReview");
    ObjectNode response = root.putObject("response");
    response.put("uid", review.uid());
    if (answer == FailureAnswer.ALLOW) {
      response.put("allowed", true);
      response
          .putArray("warnings")
          .add("bulwark: " + what + "; allowed without checks (onTimeout: allow)");
      response
          .putObject("auditAnnotations")
          .put(AUDIT_KEY, auditValue + "; allowed without checks");
    } else {
      response.put("allowed", false);
      ObjectNode status = response.putObject("status");
      status.put("code", 500);
      status.put("message", "bulwark: " + what + "; denied (onTimeout: deny)");
      response.putObject("auditAnnotations").put(AUDIT_KEY, auditValue + "; denied");
    }
    return root;
  }

  private static String seconds(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
  }
}
