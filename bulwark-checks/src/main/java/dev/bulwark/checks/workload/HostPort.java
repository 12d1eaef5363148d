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
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Flags container ports with a non-zero {@code hostPort}.
 *
 * <p>Pods with {@code hostNetwork: true} are skipped: there every container port is a node port and
 * the API server fills {@code hostPort} in from {@code containerPort}, so each port would be
 * reported again for what {@code host-namespaces} already reports once. Windows pods are included:
 * host ports work there too.
 */
@CheckInfo(
    id = "host-port",
    summary = "Container binds a port on the node",
    description =
        "A hostPort opens the port on the node's own addresses, outside Services and usually"
            + " outside NetworkPolicy, so anything that can reach the node can reach the pod. It"
            + " also ties the pod to nodes where the port is free, and lets the pod shadow a host"
            + " service on that port.",
    severity = Severity.MEDIUM,
    category = Category.HOST_ACCESS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove hostPort and expose the port through a Service (NodePort or LoadBalancer if it"
            + " must be reachable from outside).",
    frameworks = {"CIS:5.2.12", "PSS:baseline/host-ports", "NSA:pod-security"})
public final class HostPort implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    List<ContainerRef> containers =
        Workloads.podSpec(resource)
            .filter(pod -> !JsonValues.isTrue(pod.spec().path("hostNetwork")))
            .map(PodSpecRef::containers)
            .orElse(List.of());
    for (ContainerRef container : containers) {
      JsonNode ports = container.node().path("ports");
      for (int i = 0; ports.isArray() && i < ports.size(); i++) {
        JsonPointer hostPort = container.field("ports").append(i).append("hostPort");
        long port = JsonValues.integer(resource.at(hostPort)).orElse(0);
        if (port != 0) {
          violations.add(
              Violation.at(hostPort, "%s binds port %d on the node", container.describe(), port));
        }
      }
    }
    return violations;
  }
}
