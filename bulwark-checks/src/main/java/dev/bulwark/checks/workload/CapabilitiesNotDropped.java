package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.Capabilities;
import dev.bulwark.checks.support.Capabilities.Capability;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.Pointers;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags containers whose {@code capabilities.drop} does not contain {@code ALL}. A container that
 * drops {@code NET_RAW} but not {@code ALL} is still reported, with a message saying so; dropping
 * every capability one by one is not recognised (Pod Security does not either). {@code all} in any
 * case counts, as it does for containerd and CRI-O. Windows pods are skipped: they have no Linux
 * capabilities.
 */
@CheckInfo(
    id = "capabilities-not-dropped",
    summary = "Container does not drop all capabilities",
    description =
        "Without capabilities.drop: [ALL] a container keeps the runtime's default capabilities:"
            + " NET_RAW (raw sockets for ARP and DNS spoofing on the pod network), CHOWN,"
            + " DAC_OVERRIDE, FOWNER, SETUID, SETGID and more, which turn a root process into a"
            + " much stronger one. Most programs need none of them; the few that bind low ports"
            + " can add back NET_BIND_SERVICE.",
    severity = Severity.LOW,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set securityContext.capabilities.drop: [\"ALL\"] and add back only what the program"
            + " needs (usually nothing, sometimes NET_BIND_SERVICE).",
    frameworks = {"CIS:5.2.8", "PSS:restricted/capabilities", "NSA:pod-security"})
public final class CapabilitiesNotDropped implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      List<Capability> dropped = Capabilities.dropped(container);
      if (dropped.stream().anyMatch(c -> c.is(Capabilities.ALL))) {
        continue;
      }
      JsonPointer drop = container.field("securityContext", "capabilities", "drop");
      JsonPointer where = Pointers.nearestPresent(resource, drop, container.pointer());
      if (dropped.stream().anyMatch(c -> c.is("NET_RAW"))) {
        violations.add(
            Violation.at(
                where,
                "%s drops NET_RAW but not ALL: it keeps the other default capabilities",
                container.describe()));
      } else {
        violations.add(
            Violation.at(
                where,
                "%s does not drop ALL capabilities: it keeps NET_RAW and the other defaults",
                container.describe()));
      }
    }
    return violations;
  }
}
