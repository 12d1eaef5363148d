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

/** Role grants every resource with *. */
@CheckInfo(
    id = "rbac-wildcard-resources",
    summary = "Role grants every resource with *",
    description =
        "A * in resources covers every resource and every subresource of the listed API groups, "
            + "Secrets, pods/exec and whatever a CRD adds later included.",
    severity = Severity.HIGH,
    category = Category.RBAC,
    kinds = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "List the resources (and subresources) the subject needs instead of *.",
    frameworks = {"CIS:5.1.3", "NSA:authentication-authorization"})
public final class WildcardResources implements Check {
  private static final RiskyGrants GRANTS =
      RiskyGrants.of(
          WildcardResources.class,
          "resources",
          GrantPattern.rule(
              "act on every resource (*) of the listed API groups",
              rule -> rule.resources().contains(PolicyRule.ALL)));

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    return GRANTS.find(resource, context);
  }
}
