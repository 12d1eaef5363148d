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
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import dev.bulwark.checks.support.Sysctls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Flags pod-level {@code securityContext.sysctls} outside the safe set of the newest Pod Security
 * version (1.37, see {@link Sysctls#SAFE}), plus any the configuration allows. Names in slash form
 * are read as the kubelet reads them, so {@code net/ipv4/tcp_syncookies} is safe here although Pod
 * Security, which compares the text, rejects it. Windows pods are skipped: sysctls are Linux-only.
 */
@CheckInfo(
    id = "unsafe-sysctls",
    summary = "Pod sets an unsafe sysctl",
    description =
        "Only a few kernel parameters are both namespaced and isolated from other pods. The rest"
            + " change the kernel for every pod on the node, or open ways around its protections,"
            + " and a kubelet refuses them unless its operator lists them in"
            + " --allowed-unsafe-sysctls.",
    severity = Severity.MEDIUM,
    category = Category.HOST_ACCESS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove the sysctl, or set it on the nodes and run the workload on a dedicated node pool"
            + " whose kubelets allow it.",
    frameworks = {"PSS:baseline/sysctls", "NSA:pod-security"},
    parameters = {
      "allowed=: sysctls your kubelets allow besides the safe set, as in --allowed-unsafe-sysctls"
          + " (exact names or prefixes ending in *)"
    })
public final class UnsafeSysctls implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Pods.linuxPodSpec(resource);
    if (pod.isEmpty()) {
      return List.of();
    }
    List<String> allowed = context.parameterList("allowed");
    JsonPointer list = pod.get().field("securityContext", "sysctls");
    JsonNode sysctls = resource.at(list);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; sysctls.isArray() && i < sysctls.size(); i++) {
      JsonPointer name = list.append(i).append("name");
      Optional<String> written = JsonValues.string(resource.at(name));
      if (written.isPresent() && !Sysctls.allowed(Sysctls.canonical(written.get()), allowed)) {
        violations.add(Violation.at(name, "pod sets unsafe sysctl %s", written.get()));
      }
    }
    return violations;
  }
}
