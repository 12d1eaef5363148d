package dev.bulwark.admission.server;

import tools.jackson.databind.JsonNode;

/**
 * The few fields of an AdmissionReview the server itself needs: to label metrics and to answer on
 * the handler's behalf (timeout, overload) with the request's {@code uid} and {@code apiVersion}.
 */
record ReviewEnvelope(String apiVersion, String uid, String operation, String kind) {
  static final String DEFAULT_API_VERSION = "admission.k8s.io/v1";

  static ReviewEnvelope of(JsonNode review) {
    JsonNode request = review.path("request");
    String apiVersion = review.path("apiVersion").asString("");
    return new ReviewEnvelope(
        apiVersion.startsWith("admission.k8s.io/") ? apiVersion : DEFAULT_API_VERSION,
        request.path("uid").isString() ? request.path("uid").asString() : "",
        label(request.path("operation").asString("")),
        label(request.path("kind").path("kind").asString("")));
  }

  boolean hasUid() {
    return !uid.isEmpty();
  }

  /** A metric label value: request fields are bounded in practice, but never trust them blindly. */
  private static String label(String value) {
    if (value.isEmpty()) {
      return "unknown";
    }
    if (value.length() > 63 || !value.chars().allMatch(Character::isLetterOrDigit)) {
      return "other";
    }
    return value;
  }
}
