package dev.bulwark.checks.hygiene;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.Namespaces;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags objects whose {@code metadata.namespace} says {@code default}, except those Kubernetes puts
 * there itself (the {@code kubernetes} Service, the {@code default} ServiceAccount, the {@code
 * kube-root-ca.crt} ConfigMap).
 *
 * <p>Narrower than Checkov's CKV_K8S_21, on purpose: a manifest without a namespace is not
 * flagged, since it lands wherever {@code kubectl -n}, Kustomize or Helm puts it; and on a partial
 * scan, Helm-labelled objects are skipped, because {@code helm template} writes {@code default}
 * for a release namespace nobody gave it. Objects read from a cluster always carry their real
 * namespace, so there every object in {@code default} is reported. Roles and RoleBindings are not
 * checked, unlike Checkov: one in {@code default} grants access to what lives there (Prometheus
 * reading the API server's endpoints, say) and cannot move elsewhere.
 */
@CheckInfo(
    id = "default-namespace",
    summary = "Object is placed in the default namespace",
    description =
        "The default namespace is where everything without a namespace ends up, so it mixes"
            + " unrelated workloads: RBAC grants, NetworkPolicies, quotas and Pod Security labels"
            + " made for one of them apply to all, and whoever may work in default reaches every"
            + " Secret and pod there. The CIS benchmark asks for namespaces as administrative"
            + " boundaries and for default to stay unused.",
    severity = Severity.LOW,
    category = Category.HYGIENE,
    kinds = {
      CheckInfo.WORKLOADS,
      "Service",
      "ConfigMap",
      "Secret",
      "ServiceAccount",
      "Ingress"
    },
    remediation =
        "Create a namespace for the application (with its own RBAC, NetworkPolicies and Pod"
            + " Security labels) and set metadata.namespace to it.",
    frameworks = {"CIS:5.7.1", "CIS:5.7.4", "NSA:network-separation"})
public final class DefaultNamespace implements Check {
  private static final JsonPointer NAMESPACE = JsonPointer.of("metadata", "namespace");

  /** What Kubernetes itself creates in the default namespace. */
  private static final Map<String, Set<String>> BUILT_IN =
      Map.of(
          "Service", Set.of("kubernetes"),
          "ServiceAccount", Set.of("default"),
          "ConfigMap", Set.of("kube-root-ca.crt"));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!Namespaces.DEFAULT.equals(resource.namespace())
        || BUILT_IN.getOrDefault(resource.kind(), Set.of()).contains(resource.name())
        || (!context.inventoryComplete() && isHelmRendered(resource))) {
      return List.of();
    }
    return List.of(
        Violation.at(NAMESPACE, "%s is placed in the default namespace", resource.kind()));
  }

  private static boolean isHelmRendered(Resource resource) {
    Map<String, String> labels = resource.labels();
    return labels.containsKey("helm.sh/chart")
        || "Helm".equals(labels.get("app.kubernetes.io/managed-by"));
  }
}
