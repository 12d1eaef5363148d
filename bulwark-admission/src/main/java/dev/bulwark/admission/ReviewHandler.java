package dev.bulwark.admission;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides one AdmissionReview. This is the seam between the HTTPS server (transport, limits,
 * timeouts, metrics) and the policy (Pod Security Admission and Bulwark checks).
 *
 * <p>Implementations are thread-safe, pure CPU work and never block on I/O: namespace labels come
 * from an in-memory {@link NamespaceLabels} cache.
 */
public interface ReviewHandler {

  /**
   * Returns the complete AdmissionReview response document (same {@code apiVersion} as the request,
   * {@code kind: AdmissionReview}, {@code response.uid} echoed).
   *
   * @throws BadReviewException when the body is not a usable AdmissionReview (wrong kind or
   *     apiVersion, no request, no uid); the server answers HTTP 400 with its message
   */
  ObjectNode handle(JsonNode admissionReview) throws BadReviewException;
}
