package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Capability;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Subjects can read Secrets. */
@CheckInfo(
    id = "rbac-secrets-read",
    summary = "Subjects can read Secrets",
    description =
        "get, list or watch on secrets returns whole Secrets, service-account tokens and"
            + " credentials included (list and watch return every Secret in scope). With a powerful"
            + " ServiceAccount's token the holder becomes it.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Drop get/list/watch on secrets, or restrict get to resourceNames of the Secrets the"
            + " subject needs.",
    frameworks = {"CIS:5.1.2", "MITRE:T1552", "NSA:authentication-authorization"})
public final class SecretsRead implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(SecretsRead.class, "resources", GrantPattern.of(Capability.READ_SECRETS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
