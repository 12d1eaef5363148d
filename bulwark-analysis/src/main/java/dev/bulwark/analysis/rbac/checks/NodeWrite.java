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

/** Subjects can change nodes or their status. */
@CheckInfo(
    id = "rbac-node-write",
    summary = "Subjects can change nodes or their status",
    description =
        "update or patch on nodes or nodes/status changes labels and taints, which steers powerful "
            + "pods onto a node the holder controls.",
    severity = Severity.MEDIUM,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Leave node writes to kubelets (with NodeRestriction) and the node controller.",
    frameworks = {"MITRE:T1078"})
public final class NodeWrite implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(NodeWrite.class, "resources", GrantPattern.of(Capability.WRITE_NODES));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
