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

/** Subjects can exec, attach, port-forward or debug in pods. */
@CheckInfo(
    id = "rbac-pod-exec",
    summary = "Subjects can exec, attach, port-forward or debug in pods",
    description =
        "pods/exec, pods/attach, pods/portforward and pods/ephemeralcontainers run commands or open"
            + " connections inside running pods, with their ServiceAccount and mounted Secrets."
            + " Websocket exec is an HTTP GET, so get on these subresources is enough on clusters"
            + " before Kubernetes 1.35.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Keep exec, attach, port-forward and ephemeral containers for break-glass roles, bound for"
            + " a limited time.",
    frameworks = {"MITRE:T1609", "NSA:authentication-authorization"})
public final class PodExec implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(PodExec.class, "resources", GrantPattern.of(Capability.EXEC_INTO_PODS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
