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
 * Flags containers whose effective seccomp profile is {@code Unconfined}, from the {@code
 * seccompProfile} fields or the deprecated {@code seccomp.security.alpha.kubernetes.io}
 * annotations, resolved as the kubelet does ({@link SecurityProfiles}). A pod-level {@code
 * Unconfined} that every container overrides is not reported: it applies to nothing. Windows pods
 * are skipped: seccomp is Linux-only.
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
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      Optional<Profile> profile = SecurityProfiles.seccomp(container);
      if (profile.isPresent() && profile.get().type() == Type.UNCONFINED) {
        violations.add(
            Violation.at(
                profile.get().pointer(),
                "%s runs without seccomp (%s)",
                container.describe(),
                profile.get().written()));
      }
    }
    return violations;
  }
}
