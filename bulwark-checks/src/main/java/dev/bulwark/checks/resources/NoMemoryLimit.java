package dev.bulwark.checks.resources;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.ComputeResources;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags init and regular containers without a (non-zero) {@code resources.limits.memory}. Ephemeral
 * containers cannot have resources and are skipped.
 *
 * <p>A namespace LimitRange may fill in a default limit when the pod is created; this check reads
 * only the manifest, so such namespaces can suppress it. At admission the default has already been
 * applied when the webhook sees the pod. Windows pods are included: the limit works there too.
 */
@CheckInfo(
    id = "no-memory-limit",
    summary = "Container has no memory limit",
    description =
        "Without a memory limit a container can take all of its node's memory: a leak or a"
            + " deliberate allocation starves every other pod there until the kernel's OOM killer"
            + " or the kubelet's evictions pick victims, possibly system daemons.",
    severity = Severity.MEDIUM,
    category = Category.RESOURCES,
    kinds = {CheckInfo.WORKLOADS},
    remediation = "Set resources.limits.memory (and a matching resources.requests.memory).",
    frameworks = {"NSA:resource-policies", "MITRE:T1499"})
public final class NoMemoryLimit implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container :
        ComputeResources.sizedContainers(Workloads.containers(resource))) {
      if (!ComputeResources.hasLimit(container, ComputeResources.MEMORY)) {
        violations.add(
            Violation.at(
                ComputeResources.missingPointer(container, "limits", ComputeResources.MEMORY),
                "%s has no memory limit",
                container.describe()));
      }
    }
    return violations;
  }
}
