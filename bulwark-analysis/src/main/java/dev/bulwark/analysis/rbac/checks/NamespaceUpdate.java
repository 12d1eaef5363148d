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

/** Subjects can change namespaces. */
@CheckInfo(
    id = "rbac-namespace-update",
    summary = "Subjects can change namespaces",
    description =
        "update or patch on namespaces can drop the pod-security.kubernetes.io labels that enforce"
            + " Pod Security admission. A RoleBinding in a namespace reaches that Namespace object"
            + " itself.",
    severity = Severity.MEDIUM,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Grant namespace updates to cluster administrators only.",
    frameworks = {"MITRE:T1562"})
public final class NamespaceUpdate implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          NamespaceUpdate.class, "resources", GrantPattern.of(Capability.UPDATE_NAMESPACES));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
