package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.cluster.NamespaceWithoutPodSecurityEnforce;
import dev.bulwark.checks.cluster.NonSystemWorkloadInSystemNamespace;
import dev.bulwark.checks.cluster.WebhookFailsOpen;
import java.util.List;

/**
 * Checks on cluster-wide objects (Namespaces, system namespaces, admission webhooks) that matter most when a whole
 * cluster is scanned, found by the engine via ServiceLoader next to {@link BuiltinChecks}.
 */
public final class ClusterChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new NamespaceWithoutPodSecurityEnforce(),
        new NonSystemWorkloadInSystemNamespace(),
        new WebhookFailsOpen());
  }
}
