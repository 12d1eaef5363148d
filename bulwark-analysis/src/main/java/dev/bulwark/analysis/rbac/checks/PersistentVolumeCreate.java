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

/** Subjects can create PersistentVolumes. */
@CheckInfo(
    id = "rbac-persistent-volume-create",
    summary = "Subjects can create PersistentVolumes",
    description =
        "A PersistentVolume can be a hostPath volume, so whoever creates them and can run a pod"
            + " that claims one reads and writes the node's file system.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Let storage provisioners create PersistentVolumes; users create PersistentVolumeClaims.",
    frameworks = {"CIS:5.1.9", "MITRE:T1611"})
public final class PersistentVolumeCreate implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          PersistentVolumeCreate.class,
          "resources",
          GrantPattern.of(Capability.CREATE_PERSISTENT_VOLUMES));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
