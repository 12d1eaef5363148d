package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Flags containers that declare TCP port 22 ({@code protocol} defaults to TCP), as kube-linter's
 * {@code ssh-port} does. Low: Git servers and SFTP gateways serve SSH on purpose; the finding asks
 * whether this one does.
 */
@CheckInfo(
    id = "ssh-port",
    summary = "Container exposes the SSH port",
    description =
        "An SSH server inside a container is a second way in beside kubectl exec, with its own"
            + " keys or passwords that Kubernetes RBAC and audit logging do not see. It usually"
            + " means a long-lived login account and a larger image, and when the port is"
            + " published it is one of the first that scanners probe.",
    severity = Severity.LOW,
    category = Category.EXPOSURE,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove the SSH server and use kubectl exec or debug containers, whose use RBAC controls"
            + " and audit logs record; if the service really speaks SSH, document it.",
    frameworks = {"MITRE:T1021.004", "NSA:network-separation"})
public final class SshPort implements Check {
  private static final long SSH = 22;

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      JsonNode ports = container.node().path("ports");
      for (int i = 0; ports.isArray() && i < ports.size(); i++) {
        JsonPointer port = container.field("ports").append(i);
        String protocol = JsonValues.string(resource.at(port.append("protocol"))).orElse("TCP");
        long number = JsonValues.integer(resource.at(port.append("containerPort"))).orElse(0);
        if (number == SSH && protocol.equals("TCP")) {
          violations.add(
              Violation.at(
                  port.append("containerPort"),
                  "%s exposes port 22, the SSH port",
                  container.describe()));
        }
      }
    }
    return violations;
  }
}
