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
 * Flags init and regular containers that request no CPU. A CPU limit counts, since the request then
 * defaults to it. Ephemeral containers cannot have resources and are skipped; LimitRange defaults
 * are not seen (see {@code no-memory-limit}). Windows pods are included.
 */
@CheckInfo(
    id = "no-cpu-request",
    summary = "Container requests no CPU",
    description =
        "A container without a CPU request is scheduled as if it needed nothing and gets the"
            + " smallest share of CPU under contention, while busy neighbours get theirs; a node"
            + " full of such pods is overcommitted without anyone having chosen so.",
    severity = Severity.LOW,
    category = Category.RESOURCES,
    kinds = {CheckInfo.WORKLOADS},
    remediation = "Set resources.requests.cpu to what the container uses under normal load.",
    frameworks = {"NSA:resource-policies"})
public final class NoCpuRequest implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container :
        ComputeResources.sizedContainers(Workloads.containers(resource))) {
      if (!ComputeResources.hasRequest(container, ComputeResources.CPU)) {
        violations.add(
            Violation.at(
                ComputeResources.missingPointer(container, "requests", ComputeResources.CPU),
                "%s requests no CPU",
                container.describe()));
      }
    }
    return violations;
  }
}
