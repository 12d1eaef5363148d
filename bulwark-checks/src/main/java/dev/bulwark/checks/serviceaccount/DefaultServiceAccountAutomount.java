package dev.bulwark.checks.serviceaccount;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.ServiceAccounts;
import java.util.List;

/**
 * Flags a namespace's {@code default} ServiceAccount unless it sets {@code
 * automountServiceAccountToken: false}, as CIS 5.1.5 and Checkov's CKV_K8S_41 ask. The pods that
 * use it are reported by {@code service-account-token-automount} and {@code
 * default-service-account}; bindings to it by the RBAC checks. Low, like those.
 */
@CheckInfo(
    id = "default-service-account-automount",
    summary = "Default ServiceAccount hands its token to every pod",
    description =
        "Every pod that names no ServiceAccount runs as its namespace's default one, and unless"
            + " the account turns automount off, each of them gets its token mounted, whether it"
            + " calls the API or not. Turning it off on the account covers pods written later and"
            + " by other teams, which a per-pod setting cannot.",
    severity = Severity.LOW,
    category = Category.SERVICE_ACCOUNTS,
    kinds = {"ServiceAccount"},
    remediation =
        "Set automountServiceAccountToken: false on the default ServiceAccount of every namespace,"
            + " and give workloads that call the API their own account.",
    frameworks = {"CIS:5.1.5", "NSA:authentication-authorization", "MITRE:T1528"})
public final class DefaultServiceAccountAutomount implements Check {
  private static final JsonPointer AUTOMOUNT = JsonPointer.of("automountServiceAccountToken");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!resource.name().equals(ServiceAccounts.DEFAULT)
        || JsonValues.isFalse(resource.at(AUTOMOUNT))) {
      return List.of();
    }
    boolean written = resource.sourceMap().has(AUTOMOUNT);
    return List.of(
        Violation.at(
            written ? AUTOMOUNT : JsonPointer.of("metadata", "name"),
            "default ServiceAccount %s, so every pod that names no account gets its token",
            JsonValues.isTrue(resource.at(AUTOMOUNT))
                ? "sets automountServiceAccountToken: true"
                : "leaves automountServiceAccountToken on"));
  }
}
