package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.AccountPower;
import dev.bulwark.analysis.rbac.PodAccounts;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Pods that mount the token of a ServiceAccount with escalation power beyond its namespace. */
@CheckInfo(
    id = "rbac-powerful-service-account-mounted",
    summary = "Pods mount the token of a powerful ServiceAccount",
    description =
        "A pod that mounts its ServiceAccount's token hands the account's power to whoever"
            + " compromises the pod. When the account can read Secrets, create pods, impersonate or"
            + " bind beyond its own namespace, one vulnerable container is a cluster compromise.",
    severity = Severity.HIGH,
    category = Category.SERVICE_ACCOUNTS,
    kinds = {CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Set automountServiceAccountToken: false unless the workload calls the API server;"
            + " otherwise cut the account's permissions to what the workload needs.",
    frameworks = {"CIS:5.1.6", "NSA:authentication-authorization", "MITRE:T1528"})
public final class PowerfulAccountMounted implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    RbacAnalysis analysis = RbacAnalysis.of(context.inventory());
    PodAccounts.Workload w = analysis.accounts().workloadOf(resource).orElse(null);
    if (w == null || !w.mountsToken() || !analysis.power().isPowerful(w.account())) {
      return List.of();
    }
    List<AccountPower.Held> reasons = analysis.power().reasons(w.account());
    String why =
        reasons.get(0).toString()
            + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more)" : "");
    return List.of(
        Violation.at(
            w.pointer(),
            "pods run as %s and mount its token; the account can %s",
            w.account().display(),
            why));
  }
}
