package dev.bulwark.checks.hygiene;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.checks.support.Namespaces;
import java.util.List;

/**
 * Flags NetworkPolicies whose non-empty {@code podSelector} matches no pod template in their
 * namespace. An empty selector ({@code {}}) selects every pod, and is never flagged, the false
 * positive kube-score had to fix. On a partial scan with no pod templates at all in the namespace,
 * the policy is reported not evaluated.
 *
 * <p>Low, like kube-linter's opt-in {@code dangling-networkpolicy}; kubescape's C-0299 says medium.
 */
@CheckInfo(
    id = "network-policy-selects-nothing",
    summary = "NetworkPolicy selects no pods",
    description =
        "A NetworkPolicy protects only the pods its podSelector matches. One that matches none,"
            + " usually after a label was renamed, protects nothing while looking like it does:"
            + " the pods it was written for accept traffic from everywhere.",
    severity = Severity.LOW,
    category = Category.HYGIENE,
    kinds = {"NetworkPolicy"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.WORKLOADS},
    remediation =
        "Correct spec.podSelector so it matches the labels of the pods to protect, or delete the"
            + " policy.",
    frameworks = {"CIS:5.3.2", "NSA:network-separation"})
public final class NetworkPolicySelectsNothing implements Check {
  private static final JsonPointer POD_SELECTOR = JsonPointer.of("spec", "podSelector");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    LabelSelector selector = LabelSelector.of(resource.at(POD_SELECTOR));
    if (selector.isEmpty()) {
      return List.of();
    }
    String namespace = Namespaces.of(resource);
    return SelectionCheck.selectsNothing(context, namespace, selector)
        ? List.of(
            Violation.at(
                POD_SELECTOR,
                "podSelector %s matches no pod in namespace %s, so the policy protects nothing",
                selector,
                namespace))
        : List.of();
  }
}
