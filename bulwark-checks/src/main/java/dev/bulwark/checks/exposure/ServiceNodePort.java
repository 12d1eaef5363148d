package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * Flags Services of type NodePort. Low, like kube-linter's opt-in {@code exposed-services} and
 * kube-score's {@code service-type}; {@code allowedServices} exempts the intended ones.
 * LoadBalancer Services also open node ports, but {@code service-load-balancer} reports those.
 */
@CheckInfo(
    id = "service-node-port",
    summary = "Service is exposed on every node's port",
    description =
        "A NodePort Service opens the same port (30000-32767) on every node, on all of its"
            + " addresses, and forwards it to the pods. Whoever can reach any node, including"
            + " from outside the cluster where node addresses are routable, reaches the service,"
            + " bypassing the ingress layer; node firewalls are rarely kept in step with Services.",
    severity = Severity.LOW,
    category = Category.EXPOSURE,
    kinds = {"Service"},
    remediation =
        "Use a ClusterIP Service behind an Ingress or Gateway, or list the Service in"
            + " allowedServices if node ports are intended (for example behind an external load"
            + " balancer).",
    frameworks = {"NSA:network-separation", "MITRE:T1190"},
    parameters = {
      "allowedServices=: comma-separated Services allowed to be exposed, as name, namespace/name"
          + " or namespace/ (globs * and ? allowed)"
    })
public final class ServiceNodePort implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!ServiceTypes.isExposedAs(resource, "NodePort", context)) {
      return List.of();
    }
    return List.of(
        Violation.at(ServiceTypes.TYPE, "Service opens a port on every node of the cluster"));
  }
}
