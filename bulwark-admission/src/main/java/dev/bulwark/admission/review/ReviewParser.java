package dev.bulwark.admission.review;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.AdmissionRequest.Operation;
import tools.jackson.databind.JsonNode;

/**
 * Reads an AdmissionReview ({@code admission.k8s.io/v1} or {@code v1beta1}) into an {@link
 * AdmissionRequest}, rejecting with a one-line message anything the API server would never send.
 */
final class ReviewParser {
  static final String V1 = "admission.k8s.io/v1";
  static final String V1BETA1 = "admission.k8s.io/v1beta1";

  private ReviewParser() {}

  static AdmissionRequest parse(JsonNode review) throws BadReviewException {
    if (review == null || !review.isObject()) {
      throw new BadReviewException("the body is not a JSON object");
    }
    String kind = string(review, "kind");
    if (!"AdmissionReview".equals(kind)) {
      throw new BadReviewException(
          kind == null
              ? "kind is missing; expected AdmissionReview"
              : "kind is " + quote(kind) + "; expected AdmissionReview");
    }
    String apiVersion = string(review, "apiVersion");
    if (!V1.equals(apiVersion) && !V1BETA1.equals(apiVersion)) {
      throw new BadReviewException(
          (apiVersion == null
                  ? "apiVersion is missing"
                  : "unsupported apiVersion " + quote(apiVersion))
              + "; expected "
              + V1
              + " or "
              + V1BETA1);
    }
    JsonNode request = review.get("request");
    if (request == null || !request.isObject()) {
      throw new BadReviewException("the AdmissionReview has no request");
    }
    String uid = string(request, "uid");
    if (uid == null || uid.isEmpty()) {
      throw new BadReviewException("request.uid is missing or empty");
    }
    JsonNode resource = request.get("resource");
    String plural = resource == null ? null : string(resource, "resource");
    if (plural == null || plural.isEmpty()) {
      throw new BadReviewException("request.resource.resource is missing");
    }
    JsonNode kindNode = request.get("kind");
    String objectKind = kindNode == null ? null : string(kindNode, "kind");
    if (objectKind == null || objectKind.isEmpty()) {
      throw new BadReviewException("request.kind.kind is missing");
    }
    String operationText = string(request, "operation");
    Operation operation = operation(operationText);
    JsonNode object = objectOrNull(request, "object");
    JsonNode oldObject = objectOrNull(request, "oldObject");
    if ((operation == Operation.CREATE || operation == Operation.UPDATE) && object == null) {
      throw new BadReviewException("request.object is missing for operation " + operation);
    }
    if (operation == Operation.UPDATE && oldObject == null) {
      throw new BadReviewException("request.oldObject is missing for operation UPDATE");
    }
    JsonNode userInfo = request.get("userInfo");
    JsonNode dryRun = request.get("dryRun");
    return new AdmissionRequest(
        apiVersion,
        uid,
        orEmpty(string(resource, "group")),
        plural,
        orEmpty(string(request, "subResource")),
        objectKind,
        orEmpty(string(request, "name")),
        orEmpty(string(request, "namespace")),
        operation,
        userInfo == null ? "" : orEmpty(string(userInfo, "username")),
        object,
        oldObject,
        dryRun != null && dryRun.isBoolean() && dryRun.booleanValue());
  }

  private static Operation operation(String text) throws BadReviewException {
    if (text == null) {
      throw new BadReviewException("request.operation is missing");
    }
    for (Operation o : Operation.values()) {
      if (o.name().equals(text)) {
        return o;
      }
    }
    throw new BadReviewException(
        "request.operation " + quote(text) + " is not CREATE, UPDATE, DELETE or CONNECT");
  }

  /** The field when it is an object; null when absent or null; an error for any other type. */
  private static JsonNode objectOrNull(JsonNode request, String field) throws BadReviewException {
    JsonNode node = request.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new BadReviewException("request." + field + " is not a JSON object");
    }
    return node;
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /**
   * A value from the body, quoted for a one-line message: escapes as Go's %q does for quotes,
   * backslashes and control characters, and cut after 64 characters.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    int limit = Math.min(value.length(), 64);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(value.length() > limit ? "\"…" : "\"").toString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
