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

/** Role grants the listed resources in every API group with *. */
@CheckInfo(
    id = "rbac-wildcard-api-groups",
    summary = "Role grants the listed resources in every API group with *",
    description =
        "A * in apiGroups matches the resources in every API group, present and future, so a rule "
            + "meant for one group also covers same-named resources of CRDs and aggregated APIs.",
    severity = Severity.MEDIUM,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Name the API groups the rule is meant for.",
    frameworks = {"CIS:5.1.3"})
public final class WildcardApiGroups implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          WildcardApiGroups.class,
          "apiGroups",
          GrantPattern.rule(
              "act on the listed resources in every API group (*)",
              rule -> rule.apiGroups().contains(PolicyRule.ALL)));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
