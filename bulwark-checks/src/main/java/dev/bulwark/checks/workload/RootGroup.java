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
import dev.bulwark.checks.support.EffectiveSecurityContext;
import dev.bulwark.checks.support.EffectiveSecurityContext.Setting;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Pods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Flags containers that run with group 0: an explicit {@code runAsGroup: 0} (the container's field
 * wins over the pod's), or a pod-level {@code fsGroup} or {@code supplementalGroups} entry of 0.
 *
 * <p>An unset {@code runAsGroup} is not reported: the group then comes from the image, which a
 * manifest scan cannot see. Windows pods are skipped: these fields do not exist there.
 */
@CheckInfo(
    id = "run-as-group-root",
    summary = "Container runs with the root group",
    description =
        "Group 0 opens every file and device that root's group may read or write: host files on"
            + " mounted volumes, and in many images the application's own binaries, which are made"
            + " group-writable for arbitrary UIDs. fsGroup 0 also hands volume ownership to the"
            + " root group. Pod Security's restricted profile lists non-root groups as optional.",
    severity = Severity.LOW,
    category = Category.SECURITY_CONTEXT,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Set runAsGroup, fsGroup and supplementalGroups to non-zero group IDs (for example the"
            + " same ID as runAsUser).",
    frameworks = {"NSA:pod-security"})
public final class RootGroup implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Pods.linuxPodSpec(resource);
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : pod.map(PodSpecRef::containers).orElse(List.of())) {
      Optional<Setting> group = EffectiveSecurityContext.of(container).runAsGroup();
      if (group.isPresent() && isZero(group.get().value())) {
        violations.add(
            Violation.at(
                group.get().pointer(),
                "%s runs with group 0 (runAsGroup 0)",
                container.describe()));
      }
    }
    pod.ifPresent(p -> podGroups(resource, p, violations));
    return violations;
  }

  /**
   * fsGroup and supplementalGroups exist only at pod level: one finding each, not per container.
   */
  private static void podGroups(Resource resource, PodSpecRef pod, List<Violation> violations) {
    JsonPointer fsGroup = pod.field("securityContext", "fsGroup");
    if (isZero(resource.at(fsGroup))) {
      violations.add(Violation.at(fsGroup, "pod sets fsGroup 0"));
    }
    JsonPointer supplemental = pod.field("securityContext", "supplementalGroups");
    JsonNode groups = resource.at(supplemental);
    for (int i = 0; groups.isArray() && i < groups.size(); i++) {
      if (isZero(groups.get(i))) {
        violations.add(Violation.at(supplemental.append(i), "pod adds supplemental group 0"));
      }
    }
  }

  private static boolean isZero(JsonNode node) {
    return JsonValues.integer(node).orElse(-1) == 0;
  }
}
