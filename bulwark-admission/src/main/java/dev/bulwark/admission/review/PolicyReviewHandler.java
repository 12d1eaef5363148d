package dev.bulwark.admission.review;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.admission.ReviewHandler;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.Decision;
import dev.bulwark.admission.policy.AdmissionResources;
import dev.bulwark.admission.policy.BulwarkPolicy;
import dev.bulwark.admission.psa.PodSecurityAdmission;
import dev.bulwark.api.Resource;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admission decision: Pod Security admission exactly as upstream, then Bulwark policy, merged
 * into one AdmissionReview response with the API server's warning limits applied.
 *
 * <p>Pure CPU work except for one case: a Namespace update that tightens the enforce level lists
 * the namespace's pods through {@link ExistingPods}, for at most half the configured timeout and
 * never more than one second; {@link #mayBlock} is true for exactly those reviews that can reach it.
 */
public final class PolicyReviewHandler implements ReviewHandler {
  private final AdmissionConfig config;
  private final NamespaceLabels namespaces;
  private final PodSecurityAdmission podSecurity;
  private final BulwarkPolicy policy;
  private final boolean listsPods;

  public PolicyReviewHandler(
      AdmissionConfig config, NamespaceLabels namespaces, ExistingPods existingPods) {
    this(config, namespaces, existingPods, Clock.systemUTC());
  }

  /** With a clock for the Namespace-update dry run's budget (tests). */
  public PolicyReviewHandler(
      AdmissionConfig config, NamespaceLabels namespaces, ExistingPods existingPods, Clock clock) {
    this.config = config;
    this.namespaces = namespaces;
    this.podSecurity =
        new PodSecurityAdmission(
            config.podSecurity(), namespaces, existingPods, config.timeout(), clock);
    this.policy = new BulwarkPolicy(config.policies());
    this.listsPods = config.podSecurity().enabled() && existingPods.available();
  }

  /** Only a review of a Namespace can list pods, and only when there is a cluster to ask. */
  @Override
  public boolean mayBlock(JsonNode admissionReview) {
    if (!listsPods) {
      return false;
    }
    JsonNode resource = admissionReview.path("request").path("resource");
    JsonNode group = resource.path("group");
    JsonNode name = resource.path("resource");
    boolean core = !group.isString() || group.stringValue().isEmpty();
    return core && name.isString() && name.stringValue().equals("namespaces");
  }

  @Override
  public ObjectNode handle(JsonNode admissionReview) throws BadReviewException {
    AdmissionRequest request = ReviewParser.parse(admissionReview);
    Resource resource = AdmissionResources.of(request);
    Decision decision = new Decision();
    if (config.podSecurity().enabled()) {
      podSecurity.validate(request, resource, decision);
    }
    if (!policy.isEmpty() && resource != null) {
      merge(request, decision, evaluatePolicy(request, resource));
    }
    return ResponseWriter.write(request, decision, WarningLimits.apply(decision.warnings()));
  }

  private BulwarkPolicy.Outcome evaluatePolicy(AdmissionRequest request, Resource resource) {
    if (request.isCore("namespaces")) {
      return policy.evaluate(request, resource, Optional.of(resource.labels()), false);
    }
    if (request.namespace().isEmpty()) {
      return policy.evaluate(request, resource, Optional.of(Map.of()), true);
    }
    return policy.evaluate(request, resource, namespaces.labels(request.namespace()), false);
  }

  /**
   * Bulwark's findings join Pod Security's; a Pod Security denial keeps upstream's message first.
   */
  private static void merge(
      AdmissionRequest request, Decision decision, BulwarkPolicy.Outcome outcome) {
    if (outcome.denied()) {
      String reasons = String.join("; ", outcome.denials());
      Decision.Status previous = decision.denial();
      if (previous == null) {
        decision.deny(Decision.Status.forbidden(request, reasons));
      } else {
        decision.deny(
            new Decision.Status(
                previous.code(),
                previous.reason(),
                previous.message() + "; " + reasons,
                previous.detailsGroup(),
                previous.detailsKind(),
                previous.detailsName()));
      }
    }
    outcome.warnings().forEach(decision::warn);
    if (!outcome.audits().isEmpty()) {
      decision.annotate(BulwarkPolicy.AUDIT_VIOLATIONS, String.join("; ", outcome.audits()));
    }
    if (!outcome.notEvaluated().isEmpty()) {
      decision.annotate(BulwarkPolicy.NOT_EVALUATED, String.join("; ", outcome.notEvaluated()));
    }
  }
}
