package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Flags pods that share the node's network, process or IPC namespace. */
@CheckInfo(
    id = "host-namespaces",
    summary = "Pod shares a host namespace",
    description =
        "hostNetwork lets the pod bind node ports, sniff node traffic and reach services that"
            + " trust localhost, outside any NetworkPolicy. hostPID lets it see and signal every"
            + " process on the node and read their environments. hostIPC lets it read and write"
            + " the shared memory of host processes. Each undoes the isolation a pod relies on.",
    severity = Severity.HIGH,
    category = Category.HOST_ACCESS,
    kinds = {CheckInfo.WORKLOADS},
    remediation = "Remove hostNetwork, hostPID and hostIPC from the pod spec or set them to false.",
    frameworks = {
      "CIS:5.2.3",
      "CIS:5.2.4",
      "CIS:5.2.5",
      "PSS:baseline/host-namespaces",
      "NSA:pod-security",
      "MITRE:T1611"
    })
public final class HostNamespaces implements Check {
  private static final List<HostNamespace> NAMESPACES =
      List.of(
          new HostNamespace("hostNetwork", "network"),
          new HostNamespace("hostPID", "process (PID)"),
          new HostNamespace("hostIPC", "IPC"));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    List<Violation> violations = new ArrayList<>();
    for (HostNamespace namespace : NAMESPACES) {
      pod.map(p -> p.field(namespace.field()))
          .filter(field -> JsonValues.isTrue(resource.at(field)))
          .ifPresent(field -> violations.add(namespace.violation(field)));
    }
    return violations;
  }

  private record HostNamespace(String field, String name) {
    Violation violation(JsonPointer pointer) {
      return Violation.at(pointer, "pod shares the host's %s namespace (%s: true)", name, field);
    }
  }
}
