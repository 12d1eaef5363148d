package dev.bulwark.admission.policy;

import dev.bulwark.admission.config.PolicyMode;
import dev.bulwark.admission.config.PolicyRule;
import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.AdmissionRequest.Operation;
import dev.bulwark.admission.psa.PodSecurityAdmission;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.engine.RegisteredCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulwark's own checks as admission policy: each rule runs its checks on objects in the namespaces
 * its selector matches and denies, warns or audits. Only single-object checks run; a cross-object
 * check, or one that cannot decide, is reported as not evaluated and never denies. Thread-safe.
 */
public final class BulwarkPolicy {
  /**
   * Audit annotation with audit-mode violations (the webhook name is prefixed by the API server).
   */
  public static final String AUDIT_VIOLATIONS = "bulwark-audit-violations";

  /** Audit annotation listing {@code rule/check} pairs that were not evaluated, with the reason. */
  public static final String NOT_EVALUATED = "bulwark-not-evaluated";

  private final List<CompiledRule> rules;

  private record CompiledCheck(Check check, CheckMetadata metadata, RuleCheckContext context) {}

  private record CompiledRule(PolicyRule rule, List<CompiledCheck> checks) {}

  /** What one request's evaluation found, to be merged into the response. */
  public record Outcome(
      List<String> denials, List<String> warnings, List<String> audits, List<String> notEvaluated) {
    public boolean denied() {
      return !denials.isEmpty();
    }
  }

  public BulwarkPolicy(List<PolicyRule> rules) {
    List<CompiledRule> compiled = new ArrayList<>();
    for (PolicyRule rule : rules) {
      List<CompiledCheck> checks = new ArrayList<>();
      for (RegisteredCheck c : rule.checks()) {
        checks.add(
            new CompiledCheck(
                c.check(),
                c.metadata(),
                new RuleCheckContext(
                    c.metadata(), rule.parameters().getOrDefault(c.id(), Map.of()))));
      }
      compiled.add(new CompiledRule(rule, List.copyOf(checks)));
    }
    this.rules = List.copyOf(compiled);
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * Evaluates the request's object.
   *
   * @param resource the object as a resource
   * @param namespaceLabels the labels the namespace selectors match: the object's own for a
   *     Namespace, the namespace's otherwise, empty when the namespace is not known
   * @param clusterScoped true for objects outside any namespace other than Namespaces, which every
   *     selector matches (as the API server's webhook namespaceSelector does)
   */
  public Outcome evaluate(
      AdmissionRequest request,
      Resource resource,
      Optional<Map<String, String>> namespaceLabels,
      boolean clusterScoped) {
    List<String> denials = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> audits = new ArrayList<>();
    List<String> notEvaluated = new ArrayList<>();
    if (!applies(request)) {
      return new Outcome(denials, warnings, audits, notEvaluated);
    }
    for (CompiledRule compiled : rules) {
      PolicyRule rule = compiled.rule();
      if (!clusterScoped && !rule.namespaceSelector().isEmpty()) {
        if (namespaceLabels.isEmpty()) {
          String reason = "namespace \"" + request.namespace() + "\" is not known yet";
          notEvaluated.add(rule.name() + ": " + reason);
          if (rule.mode() != PolicyMode.AUDIT) {
            warnings.add("Bulwark policy \"" + rule.name() + "\" not evaluated: " + reason);
          }
          continue;
        }
        if (!rule.namespaceSelector().matches(namespaceLabels.get())) {
          continue;
        }
      }
      List<String> found = new ArrayList<>();
      for (CompiledCheck c : compiled.checks()) {
        if (!c.metadata().appliesTo(resource.kind())) {
          continue;
        }
        String skipped = run(c, rule, resource, found);
        if (skipped != null) {
          notEvaluated.add(rule.name() + "/" + c.metadata().id() + ": " + skipped);
          if (rule.mode() != PolicyMode.AUDIT) {
            warnings.add(
                "Bulwark policy \""
                    + rule.name()
                    + "\": check "
                    + c.metadata().id()
                    + " not evaluated: "
                    + skipped);
          }
        }
      }
      if (found.isEmpty()) {
        continue;
      }
      switch (rule.mode()) {
        case ENFORCE ->
            denials.add(
                "violates Bulwark policy \"" + rule.name() + "\": " + String.join("; ", found));
        case WARN -> {
          for (String f : found) {
            warnings.add("would violate Bulwark policy \"" + rule.name() + "\": " + f);
          }
        }
        case AUDIT ->
            audits.add(
                "would violate Bulwark policy \""
                    + rule.name()
                    + "\": "
                    + String.join("; ", found));
      }
    }
    return new Outcome(denials, warnings, audits, notEvaluated);
  }

  /**
   * Runs one check, adding {@code check-id: message} per violation at or above the rule's severity.
   * Returns why the check was not evaluated, or null when it was.
   */
  private static String run(
      CompiledCheck c, PolicyRule rule, Resource resource, List<String> found) {
    if (c.metadata().scope() != Scope.RESOURCE) {
      return "it needs other objects of the cluster (cross-object check)";
    }
    List<Violation> violations;
    try {
      violations = c.check().check(resource, c.context());
    } catch (NotEvaluatedException e) {
      return e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      // A crashing check must neither deny nor pass silently.
      return "internal error: " + e;
    }
    for (Violation v : violations) {
      Severity severity = v.severity() != null ? v.severity() : c.metadata().severity();
      if (severity.atLeast(rule.minSeverity())) {
        found.add(c.metadata().id() + ": " + v.message());
      }
    }
    return null;
  }

  /**
   * Creates, and updates that change something a check reads; subresources (status, scale, …) and
   * pod updates upstream Pod Security admission would let through unevaluated are skipped.
   */
  private static boolean applies(AdmissionRequest request) {
    if (request.operation() == Operation.CREATE) {
      return request.subResource().isEmpty()
          || (request.isCore("pods") && request.subResource().equals("ephemeralcontainers"));
    }
    if (request.operation() != Operation.UPDATE) {
      return false;
    }
    if (request.isCore("pods")) {
      boolean podOrEphemeral =
          request.subResource().isEmpty() || request.subResource().equals("ephemeralcontainers");
      return podOrEphemeral
          && PodSecurityAdmission.significantPodUpdate(request.object(), request.oldObject());
    }
    return request.subResource().isEmpty()
        && ObjectUpdates.relevantChange(request.object(), request.oldObject());
  }
}
