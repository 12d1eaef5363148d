package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Capability;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Subjects can bind roles they do not hold. */
@CheckInfo(
    id = "rbac-bind",
    summary = "Subjects can bind roles they do not hold",
    description =
        "The bind verb on roles or clusterroles lets the holder create bindings to roles it does"
            + " not hold itself, cluster-admin included unless resourceNames restricts it.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Remove bind, or restrict it with resourceNames to the roles the subject may hand out.",
    frameworks = {"CIS:5.1.8", "MITRE:T1078"})
public final class Bind implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(Bind.class, "verbs", GrantPattern.of(Capability.BIND));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
