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
 * Flags {@code Unconfined} seccomp profiles, from the {@code seccompProfile} fields or the
 * deprecated {@code seccomp.security.alpha.kubernetes.io} annotations ({@link SecurityProfiles}
 * resolves them as the kubelet does). A pod-level one is reported once, naming the containers that
 * inherit it, and even when every container sets its own: the kubelet still runs the pod sandbox
 * with it, and Pod Security rejects it. A container's own one is reported at that container.
 * Windows pods are skipped: seccomp is Linux-only.
 */
@CheckInfo(
    id = "seccomp-unconfined",
    summary = "Container runs without seccomp filtering",
    description =
        "Seccomp's runtime default profile blocks the system calls that most kernel exploits and"
            + " container escapes rely on (unshare, keyctl, bpf, ptrace, mount and others)."
            + " Unconfined switches it off and exposes the whole kernel interface to the"
            + " container.",
    severity = Severity.HIGH,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a profile"
            + " made for the program) and remove seccomp annotations that say unconfined.",
    frameworks = {"CIS:5.6.2", "PSS:baseline/seccomp", "NSA:pod-security", "MITRE:T1611"})
public final class SeccompUnconfined implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return Pods.linuxPodSpec(resource)
        .map(pod -> SecurityProfiles.unconfined(Mechanism.SECCOMP, pod))
        .orElse(List.of());
  }
}
