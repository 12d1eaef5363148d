package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags the API server's insecure port, removed in Kubernetes 1.20 but still in old manifests:
 * plain HTTP that skips authentication and authorization.
 */
@CheckInfo(
    id = "apiserver-insecure-port",
    summary = "API server serves an unauthenticated insecure port",
    description =
        "Before Kubernetes 1.20 kube-apiserver could serve plain HTTP on --insecure-port (8080 by"
            + " default, bound by --insecure-bind-address or --address). Requests there skip"
            + " authentication and authorization: anyone who reaches the port is cluster-admin, and"
            + " any process on a node with the port bound to localhost is too.",
    severity = Severity.CRITICAL,
    category = Category.CONTROL_PLANE,
    kinds = {CheckInfo.WORKLOADS, "ClusterConfiguration"},
    remediation = "Set --insecure-port=0 and remove --insecure-bind-address/--address; upgrade.",
    frameworks = {"CIS:v1.6 1.2.18", "CIS:v1.6 1.2.19", "NSA:control-plane"})
public final class ApiServerInsecurePort implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<ComponentSettings> apiServer =
        ComponentSources.of(resource, Component.API_SERVER, context.inventory());
    if (apiServer.isEmpty()) {
      return List.of();
    }
    Flags flags = apiServer.get().flags();
    List<Violation> violations = new ArrayList<>();
    Optional<Setting> port = flags.get("--insecure-port");
    port.filter(p -> !p.value().equals("0"))
        .ifPresent(
            p ->
                violations.add(
                    Violation.at(
                        p.origin().pointer(),
                        "kube-apiserver serves plain, unauthenticated HTTP: %s",
                        p.render())));
    for (String bind : List.of("--insecure-bind-address", "--address")) {
      // with no --insecure-port the old default 8080 applies
      flags
          .get(bind)
          .filter(b -> port.isEmpty())
          .ifPresent(
              b ->
                  violations.add(
                      Violation.at(
                          b.origin().pointer(),
                          "kube-apiserver binds its insecure port (8080 unless --insecure-port=0):"
                              + " %s",
                          b.render())));
    }
    return violations;
  }
}
