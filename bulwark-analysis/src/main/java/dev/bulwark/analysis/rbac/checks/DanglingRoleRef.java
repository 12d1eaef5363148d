package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.RbacIssue;
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

/** Bindings whose role does not exist (or cannot be resolved). */
@CheckInfo(
    id = "rbac-dangling-role-ref",
    summary = "Binding refers to a role that does not exist",
    description =
        "A binding to a missing role grants nothing today, but it comes alive the moment anyone creates a role"
            + " with that name, with whatever rules that role gets. Built-in roles (admin, edit, view,"
            + " system:*) count as present.",
    severity = Severity.LOW,
    category = Category.RBAC,
    kinds = {"RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    remediation = "Delete the binding, or fix roleRef to name the intended role (roleRef cannot be changed: recreate the binding).",
    frameworks = {"MITRE:T1078"})
public final class DanglingRoleRef implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    RbacAnalysis analysis = RbacAnalysis.of(context.inventory());
    Binding binding = Bindings.of(resource, analysis).orElse(null);
    if (binding == null) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (RbacIssue issue : analysis.model().issues()) {
      if (issue.object().equals(binding.ref())
          && (issue.kind() == RbacIssue.Kind.DANGLING_ROLE_REF || issue.kind() == RbacIssue.Kind.UNSUPPORTED_ROLE_REF)) {
        out.add(new Violation(JsonPointer.of("roleRef", "name"), issue.message()));
      }
    }
    return out;
  }
}
