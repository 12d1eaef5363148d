package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerKind;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import java.util.List;
import java.util.Optional;

/**
 * Flags pods with {@code shareProcessNamespace: true} whose containers run side by side: regular
 * and ephemeral containers, and init containers with {@code restartPolicy: Always} (sidecars).
 * Init containers that run to completion first share nothing with anyone. No peer has this check;
 * it covers the isolation between a pod's own containers that the host-namespace checks cover
 * between pod and node. Windows pods are skipped: they cannot share a process namespace.
 */
@CheckInfo(
    id = "shared-process-namespace",
    summary = "Containers of the pod share one process namespace",
    description =
        "With a shared process namespace every container sees the others' processes and can"
            + " signal them, and a process running as the same user reads another container's"
            + " environment and files through /proc/<pid>/environ and /proc/<pid>/root. A"
            + " compromised sidecar (a log shipper, a proxy, a third-party agent) thus reads the"
            + " application's secrets, and the reverse.",
    severity = Severity.LOW,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove shareProcessNamespace; share files through a volume instead, or debug with an"
            + " ephemeral container targeting one container (kubectl debug --target).",
    frameworks = {"NSA:pod-security", "MITRE:T1552"})
public final class SharedProcessNamespace implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Pods.linuxPodSpec(resource);
    if (pod.isEmpty()) {
      return List.of();
    }
    JsonPointer field = pod.get().field("shareProcessNamespace");
    long together =
        pod.get().containers().stream().filter(SharedProcessNamespace::runsAlongside).count();
    if (!JsonValues.isTrue(resource.at(field)) || together < 2) {
      return List.of();
    }
    return List.of(
        Violation.at(
            field,
            "pod shares one process namespace among %d containers that run side by side",
            together));
  }

  private static boolean runsAlongside(ContainerRef container) {
    return container.kind() != ContainerKind.INIT
        || JsonValues.string(container.node().path("restartPolicy"))
            .filter("Always"::equals)
            .isPresent();
  }
}
