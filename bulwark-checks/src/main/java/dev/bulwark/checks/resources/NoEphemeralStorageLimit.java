package dev.bulwark.checks.resources;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.ComputeResources;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Volumes;
import dev.bulwark.checks.support.Volumes.VolumeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags init and regular containers that mount an unbounded disk-backed {@code emptyDir} (no {@code
 * medium: Memory}, no {@code sizeLimit}) and have no {@code limits.ephemeral-storage}.
 *
 * <p>Narrower than "every container without the limit", on purpose: an emptyDir is where a program
 * writes by design, and a {@code sizeLimit} bounds it as well as the container limit does. hostPath
 * volumes, named in the issue, are left out because their writes are not counted as ephemeral
 * storage, so the limit would not help ({@code host-path-volume} reports them). The writable root
 * layer is left to {@code writable-root-filesystem}. Ephemeral containers cannot have resources and
 * are skipped. Windows pods are included.
 */
@CheckInfo(
    id = "no-ephemeral-storage-limit",
    summary = "Container writes to an unbounded emptyDir without a storage limit",
    description =
        "A disk-backed emptyDir lives on the node's disk. Without a sizeLimit on the volume or an"
            + " ephemeral-storage limit on the container, one pod can fill that disk, and the"
            + " kubelet then evicts other pods to recover space.",
    severity = Severity.LOW,
    category = Category.RESOURCES,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set emptyDir.sizeLimit on the volume, or resources.limits.ephemeral-storage on the"
            + " container.",
    frameworks = {"NSA:resource-policies", "MITRE:T1499"})
public final class NoEphemeralStorageLimit implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<VolumeRef> unbounded = unboundedEmptyDirs(Workloads.podSpec(resource));
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container :
        ComputeResources.sizedContainers(Workloads.containers(resource))) {
      Optional<VolumeRef> written =
          unbounded.stream().filter(volume -> volume.isMountedBy(container)).findFirst();
      if (written.isPresent()
          && !ComputeResources.hasLimit(container, ComputeResources.EPHEMERAL_STORAGE)) {
        violations.add(
            Violation.at(
                ComputeResources.missingPointer(
                    container, "limits", ComputeResources.EPHEMERAL_STORAGE),
                "%s writes to emptyDir \"%s\" on the node's disk with no size or storage limit",
                container.describe(),
                written.get().name()));
      }
    }
    return violations;
  }

  private static List<VolumeRef> unboundedEmptyDirs(Optional<PodSpecRef> pod) {
    List<VolumeRef> emptyDirs = pod.map(p -> Volumes.withSource(p, "emptyDir")).orElse(List.of());
    return emptyDirs.stream()
        .filter(
            v -> JsonValues.string(v.node().path("emptyDir").path("medium")).orElse("").isEmpty())
        .filter(v -> !JsonValues.isSet(v.node().path("emptyDir").path("sizeLimit")))
        .toList();
  }
}
