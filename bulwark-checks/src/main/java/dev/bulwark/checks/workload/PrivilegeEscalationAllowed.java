package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.Capabilities;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags containers that may gain privileges through setuid binaries or file capabilities.
 *
 * <p>Only an explicit {@code allowPrivilegeEscalation: false} sets {@code no_new_privs}; unset
 * means allowed. A privileged container, or one that adds {@code SYS_ADMIN} (or {@code ALL}), is
 * reported at that setting, whatever the field says: escalation is always allowed for it. Windows
 * pods are skipped: the field does not exist there (Pod Security skips them too).
 */
@CheckInfo(
    id = "allow-privilege-escalation",
    summary = "Container allows privilege escalation",
    description =
        "Unless allowPrivilegeEscalation is false, the kernel lets a process in the container gain"
            + " more privileges than its parent, through setuid or setgid binaries and file"
            + " capabilities: a foothold as an unprivileged user becomes root in the container,"
            + " the first step of most escapes. The default is to allow it.",
    severity = Severity.MEDIUM,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set securityContext.allowPrivilegeEscalation: false on every container, and do not run"
            + " it privileged or with SYS_ADMIN.",
    frameworks = {
      "CIS:5.2.6",
      "PSS:restricted/privilege-escalation",
      "NSA:pod-security",
      "MITRE:T1548.001"
    })
public final class PrivilegeEscalationAllowed implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      JsonPointer privileged = container.field("securityContext", "privileged");
      JsonPointer allow = container.field("securityContext", "allowPrivilegeEscalation");
      Optional<Capabilities.Capability> sysAdmin = Capabilities.grants(container, "SYS_ADMIN");
      if (JsonValues.isTrue(resource.at(privileged))) {
        violations.add(
            Violation.at(
                privileged,
                "%s runs privileged, so it can always escalate privileges",
                container.describe()));
      } else if (sysAdmin.isPresent()) {
        violations.add(
            Violation.at(
                sysAdmin.get().pointer(),
                "%s adds %s, so it can always escalate privileges",
                container.describe(),
                sysAdmin.get().name()));
      } else if (!JsonValues.isFalse(resource.at(allow))) {
        violations.add(
            Violation.at(
                Pointers.nearestPresent(resource, allow, container.pointer()),
                "%s does not set allowPrivilegeEscalation: false",
                container.describe()));
      }
    }
    return violations;
  }
}
