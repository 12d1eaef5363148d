package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;
import java.util.Map;

/**
 * Flags Services of type LoadBalancer, which cloud providers give an external address.
 *
 * <p>Low, like kube-linter's opt-in {@code exposed-services}: a public load balancer is often the
 * intent. Unlike kube-linter, load balancers that provider annotations make internal (AWS, Azure,
 * GCP, OCI) are skipped, and {@code allowedServices} exempts the intended ones by name, namespace
 * or glob.
 */
@CheckInfo(
    id = "service-load-balancer",
    summary = "Service is exposed through a load balancer",
    description =
        "A LoadBalancer Service asks the cloud provider for an address outside the cluster,"
            + " usually a public one, and forwards it straight to the pods: past the ingress"
            + " controller's TLS, authentication, rate limits and WAF, and without"
            + " loadBalancerSourceRanges open to the whole internet. Every such Service is attack"
            + " surface someone has to account for.",
    severity = Severity.LOW,
    category = Category.EXPOSURE,
    kinds = {"Service"},
    remediation =
        "Use a ClusterIP Service behind an Ingress or Gateway; if the load balancer is needed,"
            + " make it internal or restrict loadBalancerSourceRanges, and list it in"
            + " allowedServices.",
    frameworks = {"NSA:network-separation", "MITRE:T1190"},
    parameters = {
      "allowedServices=: comma-separated Services allowed to be exposed, as name, namespace/name"
          + " or namespace/ (globs * and ? allowed)"
    })
public final class ServiceLoadBalancer implements Check {
  private static final JsonPointer SOURCE_RANGES =
      JsonPointer.of("spec", "loadBalancerSourceRanges");

  /** Annotations that make the provider create an internal load balancer, and their value. */
  private static final Map<String, String> INTERNAL =
      Map.of(
          "service.beta.kubernetes.io/aws-load-balancer-internal", "true",
          "service.beta.kubernetes.io/aws-load-balancer-scheme", "internal",
          "service.beta.kubernetes.io/azure-load-balancer-internal", "true",
          "networking.gke.io/load-balancer-type", "Internal",
          "cloud.google.com/load-balancer-type", "Internal",
          "service.beta.kubernetes.io/oci-load-balancer-internal", "true");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!ServiceTypes.isExposedAs(resource, "LoadBalancer", context) || isInternal(resource)) {
      return List.of();
    }
    boolean restricted = resource.at(SOURCE_RANGES).size() > 0;
    return List.of(
        Violation.at(
            ServiceTypes.TYPE,
            "Service gets an external load balancer%s",
            restricted ? " (restricted by loadBalancerSourceRanges)" : " open to any source"));
  }

  private static boolean isInternal(Resource service) {
    Map<String, String> annotations = service.annotations();
    return INTERNAL.entrySet().stream()
        .anyMatch(e -> e.getValue().equalsIgnoreCase(annotations.getOrDefault(e.getKey(), "")));
  }
}
