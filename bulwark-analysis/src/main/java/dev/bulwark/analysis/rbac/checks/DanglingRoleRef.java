package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.RbacIssue;
import dev.bulwark.analysis.rbac.RbacRef;
import dev.bulwark.analysis.rbac.Role;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Bindings whose role does not exist (or cannot be resolved). */
@CheckInfo(
    id = "rbac-dangling-role-ref",
    summary = "Binding refers to a role that does not exist",
    description =
        "A binding to a missing role grants nothing today, but it comes alive the moment anyone"
            + " creates a role with that name, with whatever rules that role gets. Built-in roles"
            + " (admin, edit, view, system:*) count as present. When the scan is not of a whole"
            + " cluster and holds no role of that kind where the binding looks, the role may exist"
            + " elsewhere and the check says it could not decide.",
    severity = Severity.LOW,
    category = Category.RBAC,
    kinds = {"RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Delete the binding, or fix roleRef to name the intended role (roleRef cannot be changed:"
            + " recreate the binding).",
    frameworks = {"MITRE:T1078"})
public final class DanglingRoleRef implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    RbacAnalysis analysis = RbacAnalysis.of(context.inventory());
    Binding binding = Bindings.of(resource, analysis).orElse(null);
    if (binding == null) {
      return List.of();
    }
    for (RbacIssue issue : analysis.model().issues()) {
      if (!issue.object().equals(binding.ref())) {
        continue;
      }
      if (issue.kind() == RbacIssue.Kind.UNSUPPORTED_ROLE_REF) {
        return List.of(new Violation(JsonPointer.of("roleRef", "name"), issue.message()));
      }
      if (issue.kind() == RbacIssue.Kind.DANGLING_ROLE_REF) {
        if (!context.inventoryComplete() && !holdsRolesWhereItLooks(analysis, binding.roleRef())) {
          throw new NotEvaluatedException(
              "the scan holds no "
                  + binding.roleRef().kind()
                  + (binding.roleRef().namespace() == null
                      ? ""
                      : " in namespace " + binding.roleRef().namespace())
                  + ", so it cannot tell whether "
                  + binding.roleRef()
                  + " exists");
        }
        return List.of(new Violation(JsonPointer.of("roleRef", "name"), issue.message()));
      }
    }
    return List.of();
  }

  /** True when the manifests define roles of the referenced kind where the binding looks. */
  private static boolean holdsRolesWhereItLooks(RbacAnalysis analysis, RbacRef wanted) {
    for (Role role : analysis.model().roles()) {
      RbacRef r = role.ref();
      if (!role.isBuiltIn()
          && r.kind().equals(wanted.kind())
          && java.util.Objects.equals(r.namespace(), wanted.namespace())) {
        return true;
      }
    }
    return false;
  }
}
