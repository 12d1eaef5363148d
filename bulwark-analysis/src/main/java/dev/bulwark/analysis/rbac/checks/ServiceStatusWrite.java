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

/** Subjects can change services/status. */
@CheckInfo(
    id = "rbac-service-status-write",
    summary = "Subjects can change services/status",
    description =
        "update or patch on services/status sets a LoadBalancer's ingress IP, which lets the holder"
            + " intercept traffic to that IP from inside the cluster (CVE-2020-8554).",
    severity = Severity.MEDIUM,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Leave services/status to the cloud controller manager.",
    frameworks = {"MITRE:T1557"})
public final class ServiceStatusWrite implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          ServiceStatusWrite.class, "resources", GrantPattern.of(Capability.WRITE_SERVICE_STATUS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
