package dev.bulwark.checks.audit;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.ComponentSources;
import dev.bulwark.checks.controlplane.Flags;
import java.util.List;
import java.util.Optional;

/**
 * Flags an API server that records no audit events: without {@code --audit-policy-file} it logs
 * nothing, and with a policy but neither a log file nor a webhook the events go nowhere.
 */
@CheckInfo(
    id = "apiserver-audit-not-configured",
    summary = "API server keeps no audit log",
    description =
        "The audit log is the only record of who read a Secret, exec'd into a pod or changed a"
            + " binding. kube-apiserver audits nothing unless --audit-policy-file names a policy,"
            + " and it needs a destination: --audit-log-path for a file or"
            + " --audit-webhook-config-file for a collector.",
    severity = Severity.MEDIUM,
    category = Category.AUDIT,
    kinds = {CheckInfo.WORKLOADS, "ClusterConfiguration"},
    remediation =
        "Pass --audit-policy-file with a policy and --audit-log-path (or"
            + " --audit-webhook-config-file) to kube-apiserver.",
    frameworks = {"CIS:3.2.1", "CIS:1.2.16", "NSA:audit-logging"})
public final class ApiServerAuditNotConfigured implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<ComponentSettings> apiServer =
        ComponentSources.of(resource, Component.API_SERVER, context.inventory());
    if (apiServer.isEmpty()) {
      return List.of();
    }
    Flags flags = apiServer.get().flags();
    if (flags.get("--audit-policy-file").isEmpty()) {
      return List.of(
          Violation.at(
              apiServer.get().anchor().pointer(),
              "kube-apiserver has no --audit-policy-file, so it records no audit events"));
    }
    if (flags.get("--audit-log-path").isEmpty()
        && flags.get("--audit-webhook-config-file").isEmpty()) {
      return List.of(
          Violation.at(
              flags.get("--audit-policy-file").get().origin().pointer(),
              "kube-apiserver has an audit policy but neither --audit-log-path nor"
                  + " --audit-webhook-config-file, so the events go nowhere"));
    }
    return List.of();
  }
}
