package dev.bulwark.analysis.rbac;

import java.util.List;

/**
 * The authorizer written the slow, obvious way from the reference (§1.1, §1.2, §1.5): every
 * ClusterRoleBinding, then the RoleBindings of the request's namespace, each subject tested, each
 * rule of the referenced role tested. An oracle for the indexed model.
 */
final class NaiveAuthorizer {
  private final RbacModel model;

  NaiveAuthorizer(RbacModel model) {
    this.model = model;
  }

  boolean allows(Identity identity, Request request) {
    if (identity.groups().contains(Identity.MASTERS)) {
      return true;
    }
    for (Binding b : model.bindings()) {
      String bindingNamespace = b.isClusterWide() ? "" : b.namespace();
      if (!b.isClusterWide()
          && (request.namespace().isEmpty() || !request.namespace().equals(b.namespace()))) {
        continue;
      }
      boolean applies = false;
      for (Subject s : b.subjects()) {
        applies |= appliesTo(identity, s, bindingNamespace);
      }
      if (applies && roleAllows(b, request)) {
        return true;
      }
    }
    return false;
  }

  private boolean roleAllows(Binding b, Request request) {
    RbacRef ref;
    if (b.roleKind().equals("ClusterRole")) {
      ref = RbacRef.clusterRole(b.roleName());
    } else if (b.roleKind().equals("Role") && !b.isClusterWide()) {
      ref = RbacRef.role(b.namespace(), b.roleName());
    } else {
      return false;
    }
    if (model.role(ref).isEmpty()) {
      return false;
    }
    List<SourcedRule> rules = model.rulesOf(ref);
    for (SourcedRule r : rules) {
      if (RuleMatcher.allows(r.rule(), request)) {
        return true;
      }
    }
    return false;
  }

  private static boolean appliesTo(Identity identity, Subject s, String bindingNamespace) {
    switch (s.kind()) {
      case "User":
        return s.name().equals(identity.name());
      case "Group":
        return identity.groups().contains(s.name());
      case "ServiceAccount":
        String ns =
            s.namespace() == null || s.namespace().isEmpty() ? bindingNamespace : s.namespace();
        return !ns.isEmpty()
            && ("system:serviceaccount:" + ns + ":" + s.name()).equals(identity.name());
      default:
        return false;
    }
  }
}
