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
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Flags {@code seLinuxOptions} that set a {@code user} or {@code role}, or a {@code type} other
 * than the confined container types Pod Security baseline allows, one finding per offending key.
 *
 * <p>A container's options replace the pod's as a whole, so each level is judged on its own: the
 * pod's options are reported once, even when every container brings its own, because the kubelet
 * still labels the pod sandbox and the pod's volumes with them; a container's own options are
 * reported at that container. {@code level} is not checked: MCS levels separate pods from each
 * other and changing them confines no less. Windows pods are skipped: they have no SELinux.
 */
@CheckInfo(
    id = "selinux-custom-options",
    summary = "Pod or container sets custom SELinux options",
    description =
        "On SELinux nodes the container types (container_t and its relatives) are what keeps a"
            + " container away from host files and processes. Another type such as spc_t or"
            + " unconfined_t, or a custom SELinux user or role, can lift that confinement"
            + " entirely.",
    severity = Severity.MEDIUM,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove seLinuxOptions.user, .role and .type, or set type to container_t (or"
            + " container_init_t, container_kvm_t, container_engine_t where needed).",
    frameworks = {"PSS:baseline/selinux", "NSA:pod-security", "MITRE:T1611"})
public final class SeLinuxCustomOptions implements Check {
  private static final Set<String> CONFINED_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Pods.linuxPodSpec(resource);
    List<Violation> violations = new ArrayList<>();
    pod.ifPresent(
        p -> custom(resource, p.field("securityContext", "seLinuxOptions"), "pod", violations));
    for (ContainerRef container : pod.map(PodSpecRef::containers).orElse(List.of())) {
      custom(
          resource,
          container.field("securityContext", "seLinuxOptions"),
          container.describe(),
          violations);
    }
    return violations;
  }

  private static void custom(
      Resource resource, JsonPointer options, String who, List<Violation> violations) {
    JsonNode node = resource.at(options);
    for (String key : List.of("user", "role", "type")) {
      Optional<String> value = JsonValues.string(node.path(key)).filter(v -> !v.isEmpty());
      if (value.isPresent() && !(key.equals("type") && CONFINED_TYPES.contains(value.get()))) {
        violations.add(
            Violation.at(
                options.append(key),
                "%s sets SELinux %s %s%s",
                who,
                key,
                value.get(),
                who.equals("pod")
                    ? ", which labels the pod sandbox, its volumes and containers without options"
                    : ""));
      }
    }
  }
}
