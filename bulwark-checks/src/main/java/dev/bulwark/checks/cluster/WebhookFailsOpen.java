package dev.bulwark.checks.cluster;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Flags admission webhooks that let requests through when the webhook is down ({@code
 * failurePolicy: Ignore}) while they watch objects a policy webhook exists to guard: workloads,
 * RBAC, NetworkPolicies, Namespaces, Secrets, ServiceAccounts.
 */
@CheckInfo(
    id = "webhook-fails-open",
    summary = "Admission webhook fails open on security-relevant resources",
    description =
        "With failurePolicy Ignore the API server admits a request when the webhook times out,"
            + " errors or is unreachable. An attacker who can slow or crash the webhook (or a bad"
            + " rollout that does) turns off the policy it enforces: privileged pods, RBAC grants"
            + " and NetworkPolicy changes go through unchecked.",
    severity = Severity.MEDIUM,
    category = Category.CONTROL_PLANE,
    kinds = {"ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"},
    remediation =
        "Set failurePolicy: Fail on webhooks that enforce security policy, run the webhook highly"
            + " available, and exempt only kube-system with a namespaceSelector.",
    frameworks = {"MITRE:T1562"})
public final class WebhookFailsOpen implements Check {
  private static final Set<String> GUARDED =
      Set.of(
          "*", "pods", "pods/ephemeralcontainers", "pods/exec", "deployments", "replicasets",
          "statefulsets", "daemonsets", "jobs", "cronjobs", "replicationcontrollers", "roles",
          "rolebindings", "clusterroles", "clusterrolebindings", "networkpolicies", "namespaces",
          "secrets", "serviceaccounts");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    // admissionregistration.k8s.io/v1beta1 defaulted failurePolicy to Ignore; v1 defaults to Fail.
    String defaultPolicy = resource.ref().apiVersion().endsWith("/v1beta1") ? "Ignore" : "Fail";
    List<Violation> violations = new ArrayList<>();
    JsonNode webhooks = resource.object().path("webhooks");
    for (int i = 0; i < webhooks.size(); i++) {
      JsonNode webhook = webhooks.get(i);
      if (!webhook.path("failurePolicy").asString(defaultPolicy).equals("Ignore")) {
        continue;
      }
      String guarded = firstGuardedResource(webhook);
      if (guarded != null) {
        violations.add(
            Violation.at(
                JsonPointer.of("webhooks", String.valueOf(i), "failurePolicy"),
                "Webhook %s ignores its own failures but guards %s: when it is down, requests are admitted unchecked",
                webhook.path("name").asString("#" + i),
                guarded));
      }
    }
    return violations;
  }

  private static String firstGuardedResource(JsonNode webhook) {
    for (JsonNode rule : webhook.path("rules")) {
      for (JsonNode resource : rule.path("resources")) {
        String name = resource.asString("");
        if (GUARDED.contains(name) || name.equals("*/*")) {
          return name;
        }
      }
    }
    return null;
  }
}
