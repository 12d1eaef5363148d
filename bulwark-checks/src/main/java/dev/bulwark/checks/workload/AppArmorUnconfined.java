package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.SecurityProfiles;
import dev.bulwark.checks.support.SecurityProfiles.Profile;
import dev.bulwark.checks.support.SecurityProfiles.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags containers whose effective AppArmor profile is {@code Unconfined}: the {@code
 * appArmorProfile} fields (Kubernetes 1.30+) or the {@code
 * container.apparmor.security.beta.kubernetes.io/<container>} annotation, resolved as the kubelet
 * does ({@link SecurityProfiles}). Annotations naming a container the pod does not have are ignored
 * (Pod Security rejects them; they confine nothing). Windows pods are skipped.
 */
@CheckInfo(
    id = "apparmor-unconfined",
    summary = "Container runs without AppArmor confinement",
    description =
        "On nodes with AppArmor the runtime's default profile denies containers mounts, writes to"
            + " /proc and /sys kernel files and other moves that turn a foothold into an escape."
            + " Unconfined removes that layer. Medium severity: it matters only where nodes run"
            + " AppArmor, and the other layers (capabilities, seccomp) still stand.",
    severity = Severity.MEDIUM,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove the Unconfined profile, or set appArmorProfile.type to RuntimeDefault or to a"
            + " Localhost profile written for the program.",
    frameworks = {"PSS:baseline/apparmor", "NSA:pod-security", "MITRE:T1611"})
public final class AppArmorUnconfined implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      Optional<Profile> profile = SecurityProfiles.appArmor(container);
      if (profile.isPresent() && profile.get().type() == Type.UNCONFINED) {
        violations.add(
            Violation.at(
                profile.get().pointer(),
                "%s runs without AppArmor (%s)",
                container.describe(),
                profile.get().written()));
      }
    }
    return violations;
  }
}
