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
import java.util.Set;

/** Bindings to the anonymous user or to everyone (authenticated or not). */
@CheckInfo(
    id = "rbac-public-subject",
    summary = "Binding grants a role to anonymous users or to every authenticated user",
    description =
        "User system:anonymous and group system:unauthenticated are whoever reaches the API server"
            + " without credentials; group system:authenticated is every user and every"
            + " ServiceAccount of every namespace. Only the built-in discovery and health roles"
            + " belong there.",
    severity = Severity.CRITICAL,
    category = Category.RBAC,
    kinds = {"RoleBinding", "ClusterRoleBinding"},
    scope = Scope.INVENTORY,
    reads = {CheckInfo.RBAC},
    remediation = "Bind the role to the users, groups or ServiceAccounts that need it.",
    frameworks = {"CIS:5.1.1", "NSA:authentication-authorization", "MITRE:T1078"})
public final class PublicSubject implements Check {
  /** The built-in roles the API server itself binds to everyone. */
  private static final Set<String> BASELINE =
      Set.of(
          "system:public-info-viewer",
          "system:discovery",
          "system:basic-user",
          "system:service-account-issuer-discovery");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    RbacAnalysis analysis = RbacAnalysis.of(context.inventory());
    Binding binding = Bindings.of(resource, analysis).orElse(null);
    if (binding == null || BASELINE.contains(binding.roleName())) {
      return List.of();
    }
    Reach reach = Reach.of(binding, analysis.power());
    List<Violation> out = new ArrayList<>();
    for (int i = 0; i < binding.subjects().size(); i++) {
      Subject s = binding.effectiveSubject(i);
      String who = audience(s);
      if (who != null) {
        Severity base = s.name().equals(Identity.AUTHENTICATED) ? Severity.HIGH : Severity.CRITICAL;
        out.add(
            new Violation(
                JsonPointer.of("subjects", Integer.toString(i), "name"),
                binding.ref()
                    + " gives "
                    + binding.roleKind()
                    + " \""
                    + binding.roleName()
                    + "\" to "
                    + s.display()
                    + ", that is "
                    + who
                    + ", "
                    + reach.text(),
                reach.grade(base)));
      }
    }
    return out;
  }

  private static String audience(Subject s) {
    if (s.kind().equals(Subject.USER) && s.name().equals(Identity.ANONYMOUS)
        || s.kind().equals(Subject.GROUP) && s.name().equals(Identity.UNAUTHENTICATED)) {
      return "anyone who can reach the API server, without credentials";
    }
    if (s.kind().equals(Subject.GROUP) && s.name().equals(Identity.AUTHENTICATED)) {
      return "every user and every ServiceAccount of every namespace";
    }
    return null;
  }
}
