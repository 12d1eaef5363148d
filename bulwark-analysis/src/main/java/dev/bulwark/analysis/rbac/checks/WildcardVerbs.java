package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.PolicyRule;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Role grants every verb with *. */
@CheckInfo(
    id = "rbac-wildcard-verbs",
    summary = "Role grants every verb with *",
    description =
        "A * in verbs grants every verb the API has or will have, including escalate, bind,"
            + " impersonate and deletecollection, so the role quietly grows with the API. Least"
            + " privilege means naming the verbs.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "List the verbs the subject needs instead of *.",
    frameworks = {"CIS:5.1.3", "NSA:authentication-authorization"})
public final class WildcardVerbs implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          WildcardVerbs.class,
          "verbs",
          GrantPattern.rule(
              "use every verb (*) on the listed resources",
              rule -> !rule.isNonResourceRule() && rule.verbs().contains(PolicyRule.ALL)));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
