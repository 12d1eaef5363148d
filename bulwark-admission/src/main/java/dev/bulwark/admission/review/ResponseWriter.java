package dev.bulwark.admission.review;

import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.Decision;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes the AdmissionReview response document for a decided request. */
final class ResponseWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResponseWriter() {}

  static ObjectNode write(String apiVersion, String uid, Decision decision, List<String> warnings) {
    ObjectNode review = NODES.objectNode();
    review.put("apiVersion", apiVersion);
    review.put("kind", "AdmissionReview");
    ObjectNode response = review.putObject("response");
    response.put("uid", uid);
    response.put("allowed", decision.allowed());
    if (!decision.allowed()) {
      response.set("status", status(decision.denial()));
    }
    if (!warnings.isEmpty()) {
      ArrayNode list = response.putArray("warnings");
      warnings.forEach(list::add);
    }
    if (!decision.auditAnnotations().isEmpty()) {
      ObjectNode annotations = response.putObject("auditAnnotations");
      for (Map.Entry<String, String> e : decision.auditAnnotations().entrySet()) {
        annotations.put(e.getKey(), e.getValue());
      }
    }
    return review;
  }

  static ObjectNode write(AdmissionRequest request, Decision decision, List<String> warnings) {
    return write(request.apiVersion(), request.uid(), decision, warnings);
  }

  /** A {@code metav1.Status} as apimachinery's StatusError carries it. */
  private static ObjectNode status(Decision.Status denial) {
    ObjectNode status = NODES.objectNode();
    status.putObject("metadata");
    status.put("status", "Failure");
    status.put("message", denial.message());
    status.put("reason", denial.reason());
    ObjectNode details = status.putObject("details");
    if (!denial.detailsName().isEmpty()) {
      details.put("name", denial.detailsName());
    }
    if (!denial.detailsGroup().isEmpty()) {
      details.put("group", denial.detailsGroup());
    }
    if (!denial.detailsKind().isEmpty()) {
      details.put("kind", denial.detailsKind());
    }
    status.put("code", denial.code());
    return status;
  }
}
