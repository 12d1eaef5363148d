package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.HostPaths;
import dev.bulwark.checks.support.HostPaths.Exposure;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Volumes;
import dev.bulwark.checks.support.Volumes.MountRef;
import dev.bulwark.checks.support.Volumes.VolumeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags {@code hostPath} volumes that expose what takes over a node or cluster: container runtime
 * sockets, kubelet and etcd state, credentials, the root directory, and (when some container mounts
 * them without {@code readOnly: true}) system directories and {@code /var/log}. {@link HostPaths}
 * lists the paths and why each is there. The path is normalised first, so {@code
 * /var/run/./docker.sock/} and {@code /var/lib/../run/docker.sock} count too. Windows pods are
 * included: their drive paths and the Docker and containerd named pipes are checked as well.
 */
@CheckInfo(
    id = "sensitive-host-path",
    summary = "Pod mounts a sensitive path of the node",
    description =
        "Some node paths are the node: the container runtime's socket starts privileged containers"
            + " on request, the kubelet's directory holds every pod's Secrets and the kubelet's own"
            + " credentials, /etc/kubernetes and etcd's data hold the cluster's keys. Writable"
            + " system directories let a pod plant code that root on the node runs. A pod that"
            + " mounts one of them is a node compromise waiting for a single bug.",
    severity = Severity.CRITICAL,
    category = Category.HOST_ACCESS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove the hostPath volume. Talk to the API server instead of the runtime socket, and"
            + " mount narrower, read-only paths for node agents that must read host files.",
    frameworks = {
      "CIS:5.2.11",
      "PSS:baseline/hostpath-volumes",
      "NSA:pod-security",
      "MITRE:T1610",
      "MITRE:T1611"
    })
public final class SensitiveHostPath implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    List<VolumeRef> volumes =
        Workloads.podSpec(resource)
            .map(pod -> Volumes.withSource(pod, "hostPath"))
            .orElse(List.of());
    for (VolumeRef volume : volumes) {
      JsonPointer path = volume.field("hostPath", "path");
      Optional<String> written = JsonValues.string(resource.at(path));
      Optional<String> normalized = written.flatMap(HostPaths::normalize);
      Optional<MountRef> writer = volume.mounts().stream().filter(MountRef::writable).findFirst();
      Optional<Exposure> exposure =
          normalized.flatMap(p -> HostPaths.exposure(p, writer.isPresent()));
      if (exposure.isPresent()) {
        Exposure e = exposure.get();
        violations.add(
            Violation.at(
                path,
                "volume \"%s\" mounts %s from the node%s%s: %s",
                volume.name(),
                written.get(),
                e.relationTo(normalized.get()),
                e.needsWrite() ? ", writable by " + writer.get().container().describe() : "",
                e.what()));
      }
    }
    return violations;
  }
}
