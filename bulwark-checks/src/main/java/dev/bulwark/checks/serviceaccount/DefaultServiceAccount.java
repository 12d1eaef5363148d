package dev.bulwark.checks.serviceaccount;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.ServiceAccounts;
import dev.bulwark.checks.support.ServiceAccounts.Account;
import java.util.List;
import java.util.Optional;

/**
 * Flags pods that run as their namespace's {@code default} ServiceAccount, named or by omission
 * (the deprecated {@code serviceAccount} alias counts, as it does for the API server). The finding
 * points at the field that names {@code default}, or at the pod spec when none does.
 */
@CheckInfo(
    id = "default-service-account",
    summary = "Pod runs as the default ServiceAccount",
    description =
        "Every pod of a namespace that names no account shares the default one, so any permission"
            + " granted to it for one workload goes to all of them, and audit logs cannot tell the"
            + " workloads apart. A dedicated account per workload keeps RBAC grants and token use"
            + " attributable.",
    severity = Severity.LOW,
    category = Category.SERVICE_ACCOUNTS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Create a ServiceAccount for the workload (with automountServiceAccountToken: false unless"
            + " it calls the API) and set serviceAccountName to it.",
    frameworks = {"CIS:5.1.5", "NSA:authentication-authorization"})
public final class DefaultServiceAccount implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    if (pod.isEmpty()) {
      return List.of();
    }
    Account account = ServiceAccounts.of(pod.get());
    if (!account.isDefault()) {
      return List.of();
    }
    return List.of(
        Violation.at(
            account.pointer().orElse(pod.get().pointer()),
            account.pointer().isPresent()
                ? "pod runs as the namespace's default ServiceAccount"
                : "pod names no ServiceAccount, so it runs as the namespace's default one"));
  }
}
