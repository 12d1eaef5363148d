package dev.bulwark.admission;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides one AdmissionReview. This is the seam between the HTTPS server (transport, limits,
 * timeouts, metrics) and the policy (Pod Security Admission and Bulwark checks).
 *
 * <p>Implementations are thread-safe and, for Pods and workloads, pure CPU work: namespace labels
 * come from an in-memory {@link NamespaceLabels} cache. The one exception is upstream Pod Security
 * admission's check of a Namespace update that tightens the enforce level, which lists the
 * namespace's pods through {@link ExistingPods} for at most one second. {@link #mayBlock} tells the
 * server which reviews it may decide on its event loop.
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

  /**
   * False only when deciding this review is known to be CPU work bounded by its size, with no I/O
   * and no waiting; the server may then decide it on the thread that read it. The default, true,
   * sends every review to the worker pool, where the timeout and in-flight limit apply.
   */
  default boolean mayBlock(JsonNode admissionReview) {
    return true;
  }
}
