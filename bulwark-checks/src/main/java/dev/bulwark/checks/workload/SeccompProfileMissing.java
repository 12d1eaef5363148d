package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.EffectiveSecurityContext;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.SecurityProfiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags containers for which neither the container nor the pod names a seccomp profile, by field or
 * annotation. The finding points at the container's {@code securityContext} (or the container),
 * though a pod-level profile fixes it too. Windows pods are skipped: seccomp is Linux-only (Pod
 * Security exempts them as well).
 */
@CheckInfo(
    id = "seccomp-profile-missing",
    summary = "Container has no seccomp profile",
    description =
        "Without a profile a container runs Unconfined unless the node's kubelet enables"
            + " --seccomp-default, which most clusters do not. Pod Security's restricted profile"
            + " requires RuntimeDefault or Localhost on every container. Low severity: many nodes"
            + " do apply a default, and a manifest cannot tell.",
    severity = Severity.LOW,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set securityContext.seccompProfile.type: RuntimeDefault in the pod's securityContext,"
            + " which every container inherits.",
    frameworks = {"CIS:5.6.2", "PSS:restricted/seccomp", "NSA:pod-security"})
public final class SeccompProfileMissing implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      if (SecurityProfiles.seccomp(container).isEmpty()) {
        violations.add(
            Violation.at(
                EffectiveSecurityContext.of(container).missingSettingPointer(),
                "%s has no seccomp profile",
                container.describe()));
      }
    }
    return violations;
  }
}
