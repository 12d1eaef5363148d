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

/** Subjects can create pods or pod controllers. */
@CheckInfo(
    id = "rbac-create-pods",
    summary = "Subjects can create pods or pod controllers",
    description =
        "Whoever creates a pod, directly or through a Deployment, DaemonSet, StatefulSet,"
            + " ReplicaSet, ReplicationController, Job or CronJob, chooses its ServiceAccount and"
            + " volumes: it can run as any ServiceAccount of the namespace and mount any of its"
            + " Secrets.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Grant workload creation only to deployment pipelines, in namespaces whose ServiceAccounts"
            + " hold no more than the workload needs.",
    frameworks = {"CIS:5.1.4", "MITRE:T1610"})
public final class PodCreation implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          PodCreation.class,
          "resources",
          GrantPattern.of(Capability.CREATE_PODS, Capability.WRITE_POD_CONTROLLERS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
