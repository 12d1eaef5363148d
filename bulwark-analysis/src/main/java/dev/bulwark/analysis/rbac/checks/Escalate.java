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

/** Subjects can escalate roles. */
@CheckInfo(
    id = "rbac-escalate",
    summary = "Subjects can escalate roles",
    description =
        "The escalate verb on roles or clusterroles lifts the API server's check that a role writer"
            + " already holds every permission the role grants, so the holder can write itself any "
            + "permission.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Remove escalate; only the clusterrole-aggregation controller needs it.",
    frameworks = {"CIS:5.1.8", "MITRE:T1078"})
public final class Escalate implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(Escalate.class, "verbs", GrantPattern.of(Capability.ESCALATE));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
