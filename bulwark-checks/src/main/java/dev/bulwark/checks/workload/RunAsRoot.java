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
import dev.bulwark.checks.support.EffectiveSecurityContext;
import dev.bulwark.checks.support.EffectiveSecurityContext.Setting;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags containers that run, or may run, as root (UID 0).
 *
 * <p>Windows pods are skipped: they have no UID 0. There {@code runAsUser} is not allowed, and the
 * kubelet enforces {@code runAsNonRoot} by refusing the {@code ContainerAdministrator} account
 * named in {@code windowsOptions.runAsUserName}; that calls for a check of its own.
 */
@CheckInfo(
    id = "run-as-root",
    summary = "Container may run as root",
    description =
        "A container that runs as UID 0 is one kernel bug or one mis-set capability, mount or"
            + " privilege away from root on the node, and it can rewrite its own image files."
            + " Without runAsNonRoot: true or a non-zero runAsUser the UID comes from the image,"
            + " and many images default to root. The container's securityContext overrides the"
            + " pod's for both fields.",
    severity = Severity.HIGH,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set securityContext.runAsNonRoot: true and a non-zero runAsUser on the pod or the"
            + " container, and build the image to run as that user.",
    frameworks = {
      "CIS:5.2.7",
      "PSS:restricted/running-as-non-root",
      "PSS:restricted/running-as-non-root-user",
      "NSA:pod-security",
      "MITRE:T1611"
    })
public final class RunAsRoot implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource).filter(p -> !Pods.isWindows(p));
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : pod.map(PodSpecRef::containers).orElse(List.of())) {
      EffectiveSecurityContext security = EffectiveSecurityContext.of(container);
      // A runAsUser that is not a number never reaches a node (the API server rejects it).
      Optional<Setting> user = security.runAsUser().filter(u -> u.integer().isPresent());
      Optional<Setting> nonRoot = security.runAsNonRoot();
      if (user.isPresent() && user.get().integer().getAsLong() == 0) {
        violations.add(
            Violation.at(
                user.get().pointer(), "%s runs as root (runAsUser 0)", container.describe()));
      } else if (user.isEmpty() && !nonRoot.map(Setting::isTrue).orElse(false)) {
        JsonPointer where = nonRoot.map(Setting::pointer).orElse(security.missingSettingPointer());
        violations.add(
            Violation.at(
                where,
                "%s may run as root: runAsNonRoot is not true and no runAsUser is set",
                container.describe()));
      }
    }
    return violations;
  }
}
