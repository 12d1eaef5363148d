package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags containers with {@code procMount: Unmasked}.
 *
 * <p>Pods with {@code hostUsers: false} are skipped: in a user namespace the unmasked paths are
 * owned by an unprivileged host user, which is why Pod Security baseline allows it there since 1.35
 * (and the API server now accepts Unmasked only there). Pod Security restricted still forbids it;
 * that is for a restricted-profile check to say. Windows pods are skipped: {@code procMount} is
 * Linux-only.
 */
@CheckInfo(
    id = "unmasked-proc-mount",
    summary = "Container mounts /proc unmasked",
    description =
        "The runtime masks or makes read-only the parts of /proc that reach into the kernel"
            + " (/proc/kcore, /proc/sys, /proc/sysrq-trigger and others). procMount: Unmasked"
            + " removes those masks, so a root process in the container can read kernel memory"
            + " and change kernel settings for the whole node.",
    severity = Severity.MEDIUM,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove procMount or set it to Default; if nested containers need it, run the pod with"
            + " hostUsers: false.",
    frameworks = {"PSS:baseline/proc-mount-type", "NSA:pod-security", "MITRE:T1611"})
public final class UnmaskedProcMount implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<ContainerRef> containers =
        Pods.linuxPodSpec(resource)
            .filter(pod -> !JsonValues.isFalse(pod.spec().path("hostUsers")))
            .map(PodSpecRef::containers)
            .orElse(List.of());
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : containers) {
      JsonPointer procMount = container.field("securityContext", "procMount");
      if (JsonValues.string(resource.at(procMount)).filter("Unmasked"::equals).isPresent()) {
        violations.add(Violation.at(procMount, "%s mounts /proc unmasked", container.describe()));
      }
    }
    return violations;
  }
}
