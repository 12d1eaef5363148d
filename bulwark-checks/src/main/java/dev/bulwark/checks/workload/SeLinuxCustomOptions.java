package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.EffectiveSecurityContext;
import dev.bulwark.checks.support.EffectiveSecurityContext.Setting;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags containers whose effective {@code seLinuxOptions} set a {@code user} or {@code role}, or a
 * {@code type} other than the confined container types Pod Security baseline allows. The
 * container's options replace the pod's as a whole, so pod-level options that every container
 * replaces are not reported (Pod Security reports them). {@code level} is not checked: MCS levels
 * separate pods from each other and changing them confines no less. Windows pods are skipped.
 */
@CheckInfo(
    id = "selinux-custom-options",
    summary = "Container sets custom SELinux options",
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
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Pods.linuxContainers(resource)) {
      Optional<Setting> options = EffectiveSecurityContext.of(container).seLinuxOptions();
      if (options.isEmpty()) {
        continue;
      }
      for (String field : List.of("user", "role", "type")) {
        Optional<String> value =
            JsonValues.string(options.get().value().path(field)).filter(v -> !v.isEmpty());
        if (value.isPresent() && !(field.equals("type") && CONFINED_TYPES.contains(value.get()))) {
          violations.add(
              Violation.at(
                  options.get().pointer().append(field),
                  "%s sets SELinux %s %s",
                  container.describe(),
                  field,
                  value.get()));
        }
      }
    }
    return violations;
  }
}
