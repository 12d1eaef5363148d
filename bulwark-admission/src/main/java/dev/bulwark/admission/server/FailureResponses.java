package dev.bulwark.admission.server;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.config.PodSecurityConfig;
import dev.bulwark.admission.config.TimeoutAction;
import dev.bulwark.admission.review.TimeoutResponses;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AdmissionReview the server answers itself when the handler cannot: after the evaluation
 * budget ran out (worded by {@link TimeoutResponses}, shared with the policy side), under overload,
 * or when the handler failed. ALLOW adds a warning (kubectl shows it) and an audit annotation; DENY
 * answers code 500 with the reason.
 */
final class FailureResponses {
  /** Audit annotation keys; the API server prefixes them with the webhook's name. */
  static final String OVERLOAD_KEY = "bulwark-overload";

  static final String ERROR_KEY = "bulwark-error";

  private final JsonMapper mapper;
  private final FailureAnswer answer;
  private final AdmissionConfig timeoutConfig;

  FailureResponses(JsonMapper mapper, ServerSettings settings) {
    this.mapper = mapper;
    this.answer = settings.failureAnswer();
    // TimeoutResponses reads only the budget and the action from a config.
    this.timeoutConfig =
        new AdmissionConfig(
            PodSecurityConfig.DEFAULTS,
            List.of(),
            settings.timeout(),
            answer == FailureAnswer.DENY ? TimeoutAction.DENY : TimeoutAction.ALLOW,
            settings.maxRequestBytes());
  }

  boolean allows() {
    return answer == FailureAnswer.ALLOW;
  }

  ObjectNode timedOut(JsonNode review) throws BadReviewException {
    return TimeoutResponses.answer(review, timeoutConfig);
  }

  ObjectNode overloaded(ReviewEnvelope review) {
    return answer(review, OVERLOAD_KEY, "is overloaded");
  }

  ObjectNode handlerFailed(ReviewEnvelope review) {
    return answer(review, ERROR_KEY, "failed with an internal error");
  }

  private ObjectNode answer(ReviewEnvelope review, String key, String what) {
    ObjectNode root = mapper.createObjectNode();
    root.put("apiVersion", review.apiVersion());
    root.put("kind", "AdmissionReview");
    ObjectNode response = root.putObject("response");
    response.put("uid", review.uid());
    if (answer == FailureAnswer.ALLOW) {
      response.put("allowed", true);
      response
          .putArray("warnings")
          .add("Bulwark admission " + what + "; the request was allowed without evaluation");
      response.putObject("auditAnnotations").put(key, "allowed without evaluation");
    } else {
      response.put("allowed", false);
      ObjectNode status = response.putObject("status");
      status.put("code", 500);
      status.put("reason", "InternalError");
      status.put("message", "Internal error occurred: Bulwark admission " + what);
      response.putObject("auditAnnotations").put(key, "denied without evaluation");
    }
    return root;
  }
}
