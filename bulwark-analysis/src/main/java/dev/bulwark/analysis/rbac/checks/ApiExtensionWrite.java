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

/** Subjects can write CRDs or APIServices. */
@CheckInfo(
    id = "rbac-api-extension-write",
    summary = "Subjects can write CRDs or APIServices",
    description =
        "Writing CustomResourceDefinitions changes what other controllers trust; an APIService can "
            + "route a whole API group to a service the holder controls.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Grant CRD and APIService writes to cluster administrators and the operators that own"
            + " them.",
    frameworks = {"MITRE:T1562"})
public final class ApiExtensionWrite implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          ApiExtensionWrite.class, "resources", GrantPattern.of(Capability.WRITE_API_EXTENSIONS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
