package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;
import java.util.Optional;

/** Flags an API server that stores Secrets in etcd unencrypted (CIS 1.2.27). */
@CheckInfo(
    id = "apiserver-encryption-not-configured",
    summary = "API server does not encrypt Secrets at rest",
    description =
        "Without --encryption-provider-config the API server writes Secrets to etcd as plain"
            + " base64. Anyone who reads etcd's data directory, a snapshot or a backup reads every"
            + " Secret of the cluster.",
    severity = Severity.HIGH,
    category = Category.CONTROL_PLANE,
    kinds = {CheckInfo.WORKLOADS, "ClusterConfiguration"},
    remediation =
        "Write an EncryptionConfiguration (kms v2, or aesgcm/secretbox with key rotation) for"
            + " secrets and pass it with --encryption-provider-config.",
    frameworks = {"CIS:1.2.27", "NSA:encryption"})
public final class ApiServerEncryptionNotConfigured implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<ComponentSettings> apiServer =
        ComponentSources.of(resource, Component.API_SERVER, context.inventory());
    if (apiServer.isEmpty()
        || apiServer.get().flags().get("--encryption-provider-config").isPresent()) {
      return List.of();
    }
    return List.of(
        Violation.at(
            apiServer.get().anchor().pointer(),
            "kube-apiserver has no --encryption-provider-config, so Secrets are stored unencrypted"
                + " in etcd"));
  }
}
