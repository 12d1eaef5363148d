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

/** Subjects can mint ServiceAccount tokens. */
@CheckInfo(
    id = "rbac-token-create",
    summary = "Subjects can mint ServiceAccount tokens",
    description =
        "create on serviceaccounts/token issues a token for any ServiceAccount in scope "
            + "(TokenRequest), so the holder has the power of every such account.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Remove create on serviceaccounts/token, or restrict it with resourceNames.",
    frameworks = {"CIS:5.1.13", "MITRE:T1528"})
public final class TokenCreate implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(TokenCreate.class, "resources", GrantPattern.of(Capability.CREATE_TOKENS));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
