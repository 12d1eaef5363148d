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
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.checks.support.Namespaces;
import java.util.List;

/**
 * Flags Services whose selector matches no pod template in their namespace. Services without a
 * selector (ExternalName, or endpoints managed by hand) are skipped. On a partial scan with no pod
 * templates at all in the namespace, the Service is reported not evaluated: the pods are elsewhere,
 * not missing.
 *
 * <p>Low, like kubescape's C-0293; kube-linter's {@code dangling-service} is on by default.
 */
@CheckInfo(
    id = "service-selects-nothing",
    summary = "Service selector matches no pods",
    description =
        "A Service whose selector matches no pod has no endpoints: clients get connection errors,"
            + " usually from a typo in a label. Worse, the first pod that later carries those"
            + " labels, in any workload of the namespace, receives the Service's traffic.",
    severity = Severity.LOW,
    category = Category.HYGIENE,
    kinds = {"Service"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.WORKLOADS},
    remediation =
        "Correct the selector (or the pod template labels) so that it selects the intended pods,"
            + " or delete the Service.")
public final class ServiceSelectsNothing implements Check {
  private static final JsonPointer SELECTOR = JsonPointer.of("spec", "selector");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    boolean externalName =
        JsonValues.string(resource.at(JsonPointer.of("spec", "type")))
            .filter("ExternalName"::equals)
            .isPresent();
    LabelSelector selector = LabelSelector.ofMap(resource.at(SELECTOR));
    if (externalName || selector.isEmpty()) {
      return List.of();
    }
    String namespace = Namespaces.of(resource);
    return SelectionCheck.selectsNothing(context, namespace, selector)
        ? List.of(
            Violation.at(
                SELECTOR, "selector %s matches no pod in namespace %s", selector, namespace))
        : List.of();
  }
}
