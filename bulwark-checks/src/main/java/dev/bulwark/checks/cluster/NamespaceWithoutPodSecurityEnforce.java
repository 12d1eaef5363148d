package dev.bulwark.checks.cluster;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;
import java.util.Set;

/**
 * Flags Namespaces without a Pod Security admission enforce label. Low, because a cluster-wide
 * AdmissionConfiguration may enforce a default level that the API does not show.
 */
@CheckInfo(
    id = "namespace-without-pod-security-enforce",
    summary = "Namespace has no Pod Security enforce label",
    description =
        "Pod Security admission enforces a level in a namespace only through its"
            + " pod-security.kubernetes.io/enforce label, or through a cluster-wide default that"
            + " is privileged unless the API server was configured otherwise. Without the label,"
            + " anyone who may create pods there may run privileged containers, share host"
            + " namespaces and mount host paths.",
    severity = Severity.LOW,
    category = Category.POD_SECURITY,
    kinds = {"Namespace"},
    remediation =
        "Label the namespace pod-security.kubernetes.io/enforce=restricted (or baseline), after"
            + " checking its pods with the matching warn label first.",
    frameworks = {"CIS:5.2.1", "NSA:pod-security"})
public final class NamespaceWithoutPodSecurityEnforce implements Check {
  static final String ENFORCE = "pod-security.kubernetes.io/enforce";
  private static final JsonPointer LABELS = JsonPointer.of("metadata", "labels");

  /** They hold leases and public config maps, never pods. */
  private static final Set<String> POD_FREE = Set.of("kube-node-lease", "kube-public");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (POD_FREE.contains(resource.name()) || resource.labels().containsKey(ENFORCE)) {
      return List.of();
    }
    return List.of(
        Violation.at(
            LABELS,
            "Namespace %s has no %s label, so Pod Security admission enforces only the cluster default",
            resource.name(),
            ENFORCE));
  }
}
