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

/** Subjects can impersonate users, groups or ServiceAccounts. */
@CheckInfo(
    id = "rbac-impersonate",
    summary = "Subjects can impersonate users, groups or ServiceAccounts",
    description =
        "impersonate on users, groups, serviceaccounts, userextras or uids lets the holder act as"
            + " someone else; impersonating group system:masters is full control, and the edit"
            + " role's impersonate on serviceaccounts gives the power of every ServiceAccount in"
            + " the namespace.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Remove impersonate, or restrict it with resourceNames to identities with less power than"
            + " the holder.",
    frameworks = {"CIS:5.1.8", "MITRE:T1078"})
public final class Impersonate implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          Impersonate.class,
          "verbs",
          GrantPattern.of(
              Capability.IMPERSONATE_IDENTITIES, Capability.IMPERSONATE_SERVICE_ACCOUNTS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
