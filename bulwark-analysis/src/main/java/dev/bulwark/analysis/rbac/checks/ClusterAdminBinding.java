package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.Role;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Bindings to cluster-admin or to any role with every verb on every resource. */
@CheckInfo(
    id = "rbac-cluster-admin-binding",
    summary = "Binding grants full control (cluster-admin or * verbs on * resources in * groups)",
    description =
        "A role with every verb on every resource of every API group is cluster-admin under another"
            + " name. Through a ClusterRoleBinding it is full control of the cluster; through a"
            + " RoleBinding it is full control of the namespace, which is a step to every"
            + " ServiceAccount there.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation =
        "Bind a role that lists the verbs and resources the subject needs; keep cluster-admin for"
            + " break-glass use.",
    frameworks = {"CIS:5.1.1", "NSA:authentication-authorization", "MITRE:T1078"})
public final class ClusterAdminBinding implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    RbacAnalysis analysis = RbacAnalysis.of(context.inventory());
    Binding binding = Bindings.of(resource, analysis).orElse(null);
    Role role = binding == null ? null : analysis.model().roleOf(binding).orElse(null);
    if (role == null
        || binding.subjects().isEmpty()
        || !RiskyGrants.grantsEverything(analysis.model().rulesOf(role.ref()))) {
      return List.of();
    }
    Reach reach = Reach.of(binding, analysis.power());
    String scope =
        binding.isClusterWide()
            ? "anything in the cluster"
            : "anything with the namespaced objects " + reach.text() + ",";
    return List.of(
        new Violation(
            JsonPointer.of("roleRef", "name"),
            Subjects.list(Subjects.of(binding))
                + " can do "
                + scope
                + " through "
                + binding.ref()
                + " ("
                + role.ref()
                + " grants every verb on every resource)",
            reach.grade(Severity.CRITICAL)));
  }
}
