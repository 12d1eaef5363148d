package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Volumes;
import dev.bulwark.checks.support.Volumes.VolumeRef;
import java.util.List;

/**
 * Flags every {@code hostPath} volume, as Pod Security baseline forbids them all. Paths that give
 * the node away are reported once more, as critical, by {@code sensitive-host-path}; this check
 * stays on for the rest, whose harm depends on what the path holds. Windows pods are included:
 * hostPath works there too.
 */
@CheckInfo(
    id = "host-path-volume",
    summary = "Pod mounts a directory or file of the node",
    description =
        "A hostPath volume reaches past the container into the node's filesystem: what the pod can"
            + " read there leaks other workloads' data, what it can write changes the node for"
            + " everyone, and the pod is tied to whatever that node happens to have at that path."
            + " Few applications need one; node agents that do belong in a restricted namespace.",
    severity = Severity.MEDIUM,
    category = Category.HOST_ACCESS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Use a PersistentVolumeClaim, emptyDir, ConfigMap or Secret instead; if a node agent needs"
            + " the path, mount it readOnly and run the agent in its own namespace.",
    frameworks = {"CIS:5.2.11", "PSS:baseline/hostpath-volumes", "NSA:pod-security", "MITRE:T1611"})
public final class HostPathVolume implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<VolumeRef> volumes =
        Workloads.podSpec(resource)
            .map(pod -> Volumes.withSource(pod, "hostPath"))
            .orElse(List.of());
    return volumes.stream()
        .map(
            volume ->
                Violation.at(
                    volume.field("hostPath"),
                    "volume \"%s\" mounts %s from the node",
                    volume.name(),
                    JsonValues.string(volume.node().path("hostPath").path("path"))
                        .orElse("a host path")))
        .toList();
  }
}
