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

/** Subjects can reach the kubelet API through nodes/proxy. */
@CheckInfo(
    id = "rbac-nodes-proxy",
    summary = "Subjects can reach the kubelet API through nodes/proxy",
    description =
        "Any verb on nodes/proxy opens the kubelet API of every node: exec in any pod, bypassing"
            + " admission and the API server's audit of the command. get is enough, because"
            + " websocket upgrades are GETs.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Remove nodes/proxy; monitoring agents need nodes/metrics or nodes/stats only.",
    frameworks = {"CIS:5.1.10", "MITRE:T1609"})
public final class NodesProxy implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(NodesProxy.class, "resources", GrantPattern.of(Capability.NODES_PROXY));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
