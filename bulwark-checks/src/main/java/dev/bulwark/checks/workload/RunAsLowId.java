package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.EffectiveSecurityContext;
import dev.bulwark.checks.support.EffectiveSecurityContext.Setting;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags containers whose effective {@code runAsUser} or {@code runAsGroup} is set below {@code
 * minimumId}, 10001 by default, the line kube-score, Checkov (CKV_K8S_40) and Trivy (KSV-0020,
 * KSV-0021) draw. ID 0 is left to {@code run-as-root} and {@code run-as-group-root}, unset IDs to
 * {@code run-as-root}. Pods with {@code hostUsers: false} are skipped: a user namespace maps their
 * IDs to unprivileged host IDs, which is the real fix. Windows pods are skipped: they have no UIDs.
 *
 * <p>Off by default, unlike in those peers: most hardened images run as 1000, 101 or 65532, so the
 * check would fire on nearly every well-behaved workload, while the risk it addresses needs a
 * container escape or a shared host volume first.
 */
@CheckInfo(
    id = "run-as-low-id",
    summary = "Container runs with a UID or GID that host accounts may use",
    description =
        "Without user namespaces a container's UID is the same number on the node. Low numbers"
            + " belong to the node's own users and system services, so a process that escapes the"
            + " container, or writes to a hostPath volume, acts as that host account and owns its"
            + " files. IDs above 10000 rarely collide with anything on the node.",
    severity = Severity.LOW,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Run as a UID and GID above 10000 (securityContext.runAsUser and runAsGroup), or give the"
            + " pod its own user namespace with hostUsers: false.",
    frameworks = {"NSA:pod-security", "MITRE:T1611"},
    enabledByDefault = false,
    parameters = {"minimumId=10001: the lowest UID and GID that is not reported"})
public final class RunAsLowId implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    long minimum = minimum(context.parameter("minimumId"));
    List<ContainerRef> containers =
        Pods.linuxPodSpec(resource)
            .filter(pod -> !JsonValues.isFalse(pod.spec().path("hostUsers")))
            .map(PodSpecRef::containers)
            .orElse(List.of());
    // A pod-level ID reaches several containers: one finding per field, naming them all.
    Map<JsonPointer, LowId> found = new LinkedHashMap<>();
    for (ContainerRef container : containers) {
      EffectiveSecurityContext security = EffectiveSecurityContext.of(container);
      record(security.runAsUser(), "UID", minimum, container, found);
      record(security.runAsGroup(), "GID", minimum, container, found);
    }
    return found.entrySet().stream()
        .map(
            e ->
                Violation.at(
                    e.getKey(),
                    "%s run%s with %s %d, below %d",
                    String.join(", ", e.getValue().containers()),
                    e.getValue().containers().size() == 1 ? "s" : "",
                    e.getValue().what(),
                    e.getValue().id(),
                    minimum))
        .toList();
  }

  private static void record(
      Optional<Setting> setting,
      String what,
      long minimum,
      ContainerRef container,
      Map<JsonPointer, LowId> found) {
    long id = setting.map(s -> s.integer().orElse(-1)).orElse(-1L);
    if (id > 0 && id < minimum) {
      found
          .computeIfAbsent(setting.get().pointer(), p -> new LowId(what, id, new ArrayList<>()))
          .containers()
          .add(container.describe());
    }
  }

  private static long minimum(String parameter) {
    try {
      return Long.parseLong(parameter.trim());
    } catch (NumberFormatException e) {
      throw new NotEvaluatedException("minimumId is not a whole number: " + parameter);
    }
  }

  private record LowId(String what, long id, List<String> containers) {}
}
