package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.EffectiveSecurityContext;
import dev.bulwark.checks.support.EffectiveSecurityContext.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags containers whose effective {@code windowsOptions.hostProcess} is true: the container's
 * field, else the pod's. Every pod is checked, whatever its OS says.
 *
 * <p>Critical, where Trivy and Polaris say medium or warning: a HostProcess container is a process
 * on the Windows node with the node's network and filesystem, as much access as a privileged Linux
 * container, which this project rates critical.
 */
@CheckInfo(
    id = "windows-host-process",
    summary = "Container runs as a Windows HostProcess",
    description =
        "A HostProcess container is not isolated at all: it runs as a process directly on the"
            + " Windows node, in the node's network, with the node's filesystem, usually as SYSTEM"
            + " or an administrator. It is meant for node agents such as CNI and CSI plugins.",
    severity = Severity.CRITICAL,
    category = Category.HOST_ACCESS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove windowsOptions.hostProcess, or set it to false; keep node agents that need it in"
            + " a dedicated, restricted namespace.",
    frameworks = {"CIS:5.2.10", "PSS:baseline/hostprocess", "NSA:pod-security", "MITRE:T1611"})
public final class WindowsHostProcess implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      Optional<Setting> hostProcess =
          EffectiveSecurityContext.of(container).windowsOption("hostProcess");
      if (hostProcess.isPresent() && hostProcess.get().isTrue()) {
        violations.add(
            Violation.at(
                hostProcess.get().pointer(),
                "%s runs as a HostProcess on the node",
                container.describe()));
      }
    }
    return violations;
  }
}
