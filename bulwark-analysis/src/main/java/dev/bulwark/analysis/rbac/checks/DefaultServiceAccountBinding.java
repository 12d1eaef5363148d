package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.Identity;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.Subject;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Roles bound to a namespace's default ServiceAccount (directly or through the ServiceAccount
 * groups).
 */
@CheckInfo(
    id = "rbac-default-service-account",
    summary = "Binding grants a role to the default ServiceAccount",
    description =
        "Every pod that names no ServiceAccount runs as its namespace's default account, so a role"
            + " given to it (or to group system:serviceaccounts[:namespace], which includes it)"
            + " goes to every such pod.",
    severity = Severity.MEDIUM,
    category = Category.RBAC,
    kinds = {"RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Create a dedicated ServiceAccount for the workload that needs the role and bind that.",
    frameworks = {"CIS:5.1.5", "MITRE:T1078"})
public final class DefaultServiceAccountBinding implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Binding binding = Bindings.of(resource, RbacAnalysis.of(context.inventory())).orElse(null);
    if (binding == null) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    String role = binding.roleKind() + " \"" + binding.roleName() + "\"";
    for (int i = 0; i < binding.subjects().size(); i++) {
      Subject s = binding.effectiveSubject(i);
      String whom = null;
      if (s.isServiceAccount() && s.name().equals("default") && s.namespace() != null) {
        whom = "the default ServiceAccount of namespace " + s.namespace();
      } else if (s.kind().equals(Subject.GROUP) && s.name().equals(Identity.ALL_SERVICE_ACCOUNTS)) {
        whom = "every ServiceAccount, the default ones included";
      } else if (s.kind().equals(Subject.GROUP)
          && s.name().startsWith(Identity.SERVICE_ACCOUNT_GROUP_PREFIX)) {
        whom =
            "every ServiceAccount of namespace "
                + s.name().substring(Identity.SERVICE_ACCOUNT_GROUP_PREFIX.length())
                + ", the default one included";
      }
      if (whom != null) {
        out.add(
            Violation.at(
                JsonPointer.of("subjects", Integer.toString(i), "name"),
                "%s gives %s to %s, so every pod without serviceAccountName holds it",
                binding.ref(),
                role,
                whom));
      }
    }
    return out;
  }
}
