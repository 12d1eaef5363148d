package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.SecurityProfiles;
import dev.bulwark.checks.support.SecurityProfiles.Mechanism;
import java.util.List;

/**
 * Flags {@code Unconfined} AppArmor profiles: the {@code appArmorProfile} fields (Kubernetes 1.30+)
 * or the {@code container.apparmor.security.beta.kubernetes.io/<container>} annotation, resolved as
 * the kubelet does ({@link SecurityProfiles}). A pod-level one is reported once, naming the
 * containers that inherit it, and even when every container sets its own, as Pod Security rejects
 * it; a container's own one at that container. Annotations naming a container the pod does not have
 * are ignored (Pod Security rejects them; they confine nothing). Windows pods are skipped.
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
    return Pods.linuxPodSpec(resource)
        .map(pod -> SecurityProfiles.unconfined(Mechanism.APPARMOR, pod))
        .orElse(List.of());
  }
}
