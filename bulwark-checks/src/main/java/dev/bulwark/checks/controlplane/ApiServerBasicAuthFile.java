package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Flags HTTP basic authentication, removed in Kubernetes 1.19 but still in old manifests. */
@CheckInfo(
    id = "apiserver-basic-auth-file",
    summary = "API server accepts passwords from a basic-auth file",
    description =
        "--basic-auth-file made kube-apiserver accept user names and passwords from a CSV file on"
            + " the control plane: passwords that never expire, are sent with every request and"
            + " can only be changed by restarting the API server.",
    severity = Severity.HIGH,
    category = Category.CONTROL_PLANE,
    kinds = {CheckInfo.WORKLOADS, "ClusterConfiguration"},
    remediation = "Remove --basic-auth-file and authenticate with certificates or OIDC.",
    frameworks = {"CIS:v1.6 1.2.2"})
public final class ApiServerBasicAuthFile implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return ComponentSources.of(resource, Component.API_SERVER, context.inventory())
        .flatMap(s -> s.flags().get("--basic-auth-file"))
        .map(
            flag ->
                List.of(
                    Violation.at(
                        flag.origin().pointer(),
                        "kube-apiserver accepts static passwords: %s",
                        flag.render())))
        .orElse(List.of());
  }
}
