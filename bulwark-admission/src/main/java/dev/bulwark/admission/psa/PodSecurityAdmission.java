package dev.bulwark.admission.psa;

import static dev.bulwark.admission.psa.PsaResponses.AUDIT_VIOLATIONS;
import static dev.bulwark.admission.psa.PsaResponses.ENFORCE_POLICY;
import static dev.bulwark.admission.psa.PsaResponses.ERROR;
import static dev.bulwark.admission.psa.PsaResponses.EXEMPT;

import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.admission.config.PodSecurityConfig;
import dev.bulwark.admission.config.PodSecurityExemptions;
import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.AdmissionRequest.Operation;
import dev.bulwark.admission.decision.Decision;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.checks.pss.PssMode;
import dev.bulwark.checks.pss.PssNamespacePolicy;
import dev.bulwark.checks.pss.PssPod;
import dev.bulwark.checks.pss.PssPolicy;
import dev.bulwark.checks.pss.PssResult;
import dev.bulwark.checks.pss.PssVersion;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Pod Security admission as upstream's {@code k8s.io/pod-security-admission} decides it: Namespace
 * label validation and existing-pod warnings, Pods enforced, pod controllers warned and audited,
 * exemptions, no-op updates, and upstream's messages and audit annotation keys. Thread-safe.
 */
public final class PodSecurityAdmission {
  /** Upstream's default time for the existing-pods dry run of a Namespace update. */
  public static final Duration NAMESPACE_POD_CHECK_BUDGET = Duration.ofSeconds(1);

  /** Pod subresources that cannot change a pod spec; any other is evaluated (fail safe on skew). */
  private static final Set<String> IGNORED_POD_SUBRESOURCES =
      Set.of("exec", "attach", "binding", "eviction", "log", "portforward", "proxy", "status");

  /** Resources that embed a pod template, as group/resource. */
  private static final Set<String> POD_CONTROLLERS =
      Set.of(
          "/replicationcontrollers",
          "/podtemplates",
          "apps/replicasets",
          "apps/deployments",
          "apps/statefulsets",
          "apps/daemonsets",
          "batch/jobs",
          "batch/cronjobs");

  private static final PssPolicy PRIVILEGED_LATEST =
      new PssPolicy(PssLevel.PRIVILEGED, PssVersion.LATEST);

  private final PssNamespacePolicy defaults;
  private final PodSecurityExemptions exemptions;
  private final NamespaceLabels namespaces;
  private final NamespacePods existingPods;

  /**
   * @param config defaults and exemptions
   * @param namespaces the labels of every namespace
   * @param pods lister for the Namespace-update dry run
   * @param evaluationBudget the request's whole budget; the dry run takes at most half, and at most
   *     upstream's one second
   */
  public PodSecurityAdmission(
      PodSecurityConfig config,
      NamespaceLabels namespaces,
      ExistingPods pods,
      Duration evaluationBudget,
      Clock clock) {
    this.defaults = config.defaults();
    this.exemptions = config.exemptions();
    this.namespaces = namespaces;
    Duration half = evaluationBudget.dividedBy(2);
    Duration budget =
        half.compareTo(NAMESPACE_POD_CHECK_BUDGET) < 0 ? half : NAMESPACE_POD_CHECK_BUDGET;
    this.existingPods = new NamespacePods(pods, exemptions, budget, clock);
  }

  /** True when the request is about a kind Pod Security admission looks at. */
  public static boolean concerns(AdmissionRequest request) {
    return request.isCore("namespaces")
        || request.isCore("pods")
        || POD_CONTROLLERS.contains(request.group() + "/" + request.resource());
  }

  /**
   * Decides the request into {@code out}; {@code resource} is the request's object as a Bulwark
   * resource (null when the request has none).
   */
  public void validate(AdmissionRequest request, Resource resource, Decision out) {
    if (request.operation() != Operation.CREATE && request.operation() != Operation.UPDATE) {
      return;
    }
    if (request.isCore("namespaces")) {
      validateNamespace(request, out);
    } else if (request.isCore("pods")) {
      validatePod(request, out);
    } else if (POD_CONTROLLERS.contains(request.group() + "/" + request.resource())) {
      validatePodController(request, resource, out);
    }
  }

  private void validateNamespace(AdmissionRequest request, Decision out) {
    if (!request.subResource().isEmpty()) {
      return;
    }
    JsonNode metadata = request.object().path("metadata");
    String name = metadata.path("name").isString() ? metadata.path("name").stringValue() : "";
    String namespace = request.namespace().isEmpty() ? name : request.namespace();
    Map<String, String> labels = Resource.stringMap(metadata.path("labels"));
    PssNamespacePolicy policy = defaults.resolve(labels);
    if (request.operation() == Operation.CREATE) {
      if (!policy.labelErrors().isEmpty()) {
        out.deny(PsaResponses.invalidNamespace(name, policy.labelErrors()));
        return;
      }
      if (exemptions.exemptNamespace(namespace)) {
        exemptNamespaceWarning(name, policy, labels).ifPresent(out::warn);
      }
      return;
    }
    Map<String, String> oldLabels =
        Resource.stringMap(request.oldObject().path("metadata").path("labels"));
    PssNamespacePolicy oldPolicy = defaults.resolve(oldLabels);
    if (!policy.labelErrors().isEmpty()
        && (oldPolicy.labelErrors().isEmpty()
            || !policy.labelErrors().equals(oldPolicy.labelErrors()))) {
      out.deny(PsaResponses.invalidNamespace(name, policy.labelErrors()));
      return;
    }
    PssPolicy enforce = policy.enforce();
    PssPolicy oldEnforce = oldPolicy.enforce();
    if (enforce.equals(oldEnforce) || enforce.level() == PssLevel.PRIVILEGED) {
      return;
    }
    if (enforce.version().equals(oldEnforce.version())
        && !enforce.level().isStricterThan(oldEnforce.level())) {
      return;
    }
    if (exemptions.exemptNamespace(namespace)) {
      exemptNamespaceWarning(name, policy, labels).ifPresent(out::warn);
      return;
    }
    if (existingPods.available()) {
      existingPods.warnings(name, enforce).forEach(out::warn);
    }
  }

  private void validatePod(AdmissionRequest request, Decision out) {
    if (IGNORED_POD_SUBRESOURCES.contains(request.subResource())) {
      return;
    }
    if (exempt(request, out)) {
      return;
    }
    Optional<Map<String, String>> labels = namespaces.labels(request.namespace());
    if (labels.isEmpty()) {
      // Upstream cannot fetch the namespace: an internal error that denies the pod.
      String detail = "failed to lookup namespace \"" + request.namespace() + "\"";
      Decision.Status status = PsaResponses.internalError(detail);
      out.deny(status);
      out.annotate(ERROR, status.message() + ": " + notFound(request.namespace()));
      return;
    }
    PssNamespacePolicy policy = defaults.resolve(labels.get());
    if (policy.labelErrors().isEmpty() && policy.fullyPrivileged()) {
      out.annotate(ENFORCE_POLICY, PRIVILEGED_LATEST.toString());
      return;
    }
    if (request.operation() == Operation.UPDATE
        && !PodUpdates.significant(request.object(), request.oldObject())) {
      return;
    }
    JsonNode pod = request.object();
    PssPod decoded =
        PssPod.of(
            pod.path("metadata"),
            pod.path("spec"),
            JsonPointer.of("metadata"),
            JsonPointer.of("spec"),
            true);
    evaluate(request, policy, pod.path("spec"), decoded, true, out);
  }

  private void validatePodController(AdmissionRequest request, Resource resource, Decision out) {
    if (!request.subResource().isEmpty()) {
      return;
    }
    if (exempt(request, out)) {
      return;
    }
    Optional<Map<String, String>> labels = namespaces.labels(request.namespace());
    if (labels.isEmpty()) {
      // Controllers are never denied: upstream allows and records the lookup failure.
      out.annotate(
          ERROR,
          "failed to lookup namespace \""
              + request.namespace()
              + "\": "
              + notFound(request.namespace()));
      return;
    }
    PssNamespacePolicy policy = defaults.resolve(labels.get());
    if (policy.labelErrors().isEmpty()
        && policy.warn().level() == PssLevel.PRIVILEGED
        && policy.audit().level() == PssLevel.PRIVILEGED) {
      return;
    }
    Optional<PodSpecRef> template =
        resource == null ? Optional.empty() : Workloads.podSpec(resource);
    if (template.isEmpty()) {
      return;
    }
    evaluate(request, policy, template.get().spec(), PssPod.of(template.get()), false, out);
  }

  /** Upstream's EvaluatePod: enforce (pods only), then audit, then warn unless denied. */
  private void evaluate(
      AdmissionRequest request,
      PssNamespacePolicy policy,
      JsonNode spec,
      PssPod pod,
      boolean enforce,
      Decision out) {
    JsonNode runtimeClass = spec.path("runtimeClassName");
    if (runtimeClass.isString() && exemptions.exemptRuntimeClass(runtimeClass.stringValue())) {
      out.annotate(EXEMPT, "runtimeClass");
      return;
    }
    if (!policy.labelErrors().isEmpty()) {
      out.annotate(
          ERROR, "Failed to parse policy: " + PsaResponses.aggregate(policy.labelErrors()));
    }
    PssResult enforceResult = null;
    if (enforce) {
      out.annotate(ENFORCE_POLICY, policy.enforce().toString());
      enforceResult = pod.evaluate(policy.enforce());
      if (!enforceResult.allowed()) {
        out.deny(Decision.Status.forbidden(request, enforceResult.message()));
      }
    }
    PssResult auditResult = reuse(policy.audit(), enforceResult, null);
    if (auditResult == null) {
      auditResult = pod.evaluate(policy.audit());
    }
    if (!auditResult.allowed()) {
      out.annotate(AUDIT_VIOLATIONS, auditResult.wouldViolateMessage());
    }
    if (out.allowed()) {
      PssResult warnResult = reuse(policy.warn(), enforceResult, auditResult);
      if (warnResult == null) {
        warnResult = pod.evaluate(policy.warn());
      }
      if (!warnResult.allowed()) {
        out.warn(warnResult.wouldViolateMessage());
      }
    }
  }

  /** An earlier result for the same level and version, as upstream's per-request cache. */
  private static PssResult reuse(PssPolicy policy, PssResult first, PssResult second) {
    if (first != null && first.policy().equals(policy)) {
      return first;
    }
    if (second != null && second.policy().equals(policy)) {
      return second;
    }
    return null;
  }

  private boolean exempt(AdmissionRequest request, Decision out) {
    if (exemptions.exemptNamespace(request.namespace())) {
      out.annotate(EXEMPT, "namespace");
      return true;
    }
    if (exemptions.exemptUser(request.userName())) {
      out.annotate(EXEMPT, "user");
      return true;
    }
    return false;
  }

  /** client-go's NotFound text, which upstream appends to its lookup errors. */
  private static String notFound(String namespace) {
    return "namespaces \"" + namespace + "\" not found";
  }

  /**
   * Upstream's warning for an exempt namespace whose labels ask for a policy that will not apply;
   * empty when the policy is fully privileged or equivalent to the defaults.
   */
  private Optional<String> exemptNamespaceWarning(
      String name, PssNamespacePolicy policy, Map<String, String> labels) {
    if (policy.fullyPrivileged() || equivalent(policy, defaults)) {
      return Optional.empty();
    }
    StringBuilder modes = new StringBuilder();
    for (PssMode mode : PssMode.values()) {
      PssPolicy p = policy.policy(mode);
      boolean labelled =
          labels.containsKey(mode.levelLabel()) || labels.containsKey(mode.versionLabel());
      if (p.level() != PssLevel.PRIVILEGED && labelled) {
        if (modes.length() > 0) {
          modes.append(", ");
        }
        modes.append(mode.label()).append('=').append(p);
      }
    }
    return Optional.of(
        "namespace \""
            + name
            + "\" is exempt from Pod Security, and the policy ("
            + modes
            + ") will be ignored");
  }

  /** Upstream's Policy.Equivalent: every mode privileged on both sides, or equal. */
  private static boolean equivalent(PssNamespacePolicy a, PssNamespacePolicy b) {
    for (PssMode mode : PssMode.values()) {
      PssPolicy x = a.policy(mode);
      PssPolicy y = b.policy(mode);
      boolean bothPrivileged = x.level() == PssLevel.PRIVILEGED && y.level() == PssLevel.PRIVILEGED;
      if (!bothPrivileged && !x.equals(y)) {
        return false;
      }
    }
    return true;
  }

  /** Upstream's test for a pod update worth evaluating (container images, added containers). */
  public static boolean significantPodUpdate(JsonNode pod, JsonNode oldPod) {
    return PodUpdates.significant(pod, oldPod);
  }
}
