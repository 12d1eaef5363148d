package dev.bulwark.analysis.rbac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bindings of a model, indexed the ways the authorizer walks them: ClusterRoleBindings, the
 * RoleBindings of one namespace, the role each refers to, and the subjects by the user or group
 * name they match. Collects the bindings that cannot grant anything as issues.
 */
final class BindingIndex {
  /** A binding's subject at an index. */
  private record BoundSubject(Binding binding, int index) {}

  private final List<Binding> all;
  private final List<Binding> cluster = new ArrayList<>();
  private final Map<String, List<Binding>> byNamespace = new HashMap<>();
  private final Map<RbacRef, Binding> byRef = new HashMap<>();
  private final Map<Binding, Role> roleOf = new HashMap<>();
  private final Map<RbacRef, List<Binding>> byRole = new HashMap<>();
  private final Map<String, List<BoundSubject>> bySubjectKey = new HashMap<>();
  private final List<RbacIssue> issues = new ArrayList<>();

  BindingIndex(List<Binding> bindings, Map<RbacRef, Role> roles, RbacOptions options) {
    this.all = List.copyOf(bindings);
    for (Binding b : all) {
      byRef.putIfAbsent(b.ref(), b);
      if (b.isClusterWide()) {
        cluster.add(b);
      } else {
        byNamespace.computeIfAbsent(b.namespace(), k -> new ArrayList<>()).add(b);
      }
      resolve(b, roles, options);
      for (int i = 0; i < b.subjects().size(); i++) {
        String key = subjectKey(b.effectiveSubject(i));
        if (key == null) {
          Subject s = b.subjects().get(i);
          issues.add(
              new RbacIssue(
                  RbacIssue.Kind.UNMATCHABLE_SUBJECT,
                  b.ref(),
                  b.ref()
                      + " subject "
                      + i
                      + " ("
                      + s
                      + ") can never match"
                      + (s.isServiceAccount()
                          ? ": a ServiceAccount in a ClusterRoleBinding needs a namespace"
                          : "")));
        } else {
          bySubjectKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new BoundSubject(b, i));
        }
      }
    }
  }

  private void resolve(Binding b, Map<RbacRef, Role> roles, RbacOptions options) {
    RbacRef ref = b.roleRef();
    if (ref == null) {
      issues.add(
          new RbacIssue(
              RbacIssue.Kind.UNSUPPORTED_ROLE_REF,
              b.ref(),
              b.ref()
                  + " refers to a "
                  + (b.roleKind().isEmpty() ? "role without a kind" : b.roleKind())
                  + " \""
                  + b.roleName()
                  + "\", which the authorizer cannot resolve: it grants nothing"));
      return;
    }
    Role role = roles.get(ref);
    if (role == null) {
      issues.add(
          new RbacIssue(
              RbacIssue.Kind.DANGLING_ROLE_REF, b.ref(), danglingMessage(b, ref, options)));
      return;
    }
    roleOf.put(b, role);
    byRole.computeIfAbsent(ref, k -> new ArrayList<>()).add(b);
  }

  List<Binding> all() {
    return all;
  }

  /** ClusterRoleBindings only, or every binding when asked for any namespace. */
  List<Binding> clusterWide() {
    return cluster;
  }

  /** ClusterRoleBindings, then RoleBindings of the request's namespace: the authorizer's order. */
  List<Binding> inScope(String namespace) {
    if (namespace == null || namespace.isEmpty()) {
      return cluster;
    }
    List<Binding> out = new ArrayList<>(cluster);
    out.addAll(byNamespace.getOrDefault(namespace, List.of()));
    return out;
  }

  Binding byRef(RbacRef ref) {
    return byRef.get(ref);
  }

  /** The role a binding refers to, or {@code null} when it dangles. */
  Role roleOf(Binding b) {
    return roleOf.get(b);
  }

  List<Binding> bindingsOf(RbacRef role) {
    return byRole.getOrDefault(role, List.of());
  }

  Set<String> namespaces() {
    return new TreeSet<>(byNamespace.keySet());
  }

  List<RbacIssue> issues() {
    return issues;
  }

  /**
   * The bindings with a subject that applies to the identity, each with the position of the first
   * such subject (the one the authorizer names), in binding order of discovery.
   */
  Map<Binding, Integer> applyingTo(Identity identity) {
    Map<Binding, Integer> first = new LinkedHashMap<>();
    if (identity.name() != null) {
      add(first, "u:" + identity.name());
    }
    for (String g : identity.groups()) {
      add(first, "g:" + g);
    }
    return first;
  }

  private void add(Map<Binding, Integer> first, String key) {
    for (BoundSubject bs : bySubjectKey.getOrDefault(key, List.of())) {
      first.merge(bs.binding(), bs.index(), Math::min);
    }
  }

  /** True when the binding reaches a request in this namespace ({@code ""}: cluster-wide). */
  static boolean reaches(Binding b, String requestNamespace) {
    return b.isClusterWide() || b.namespace().equals(requestNamespace);
  }

  /**
   * Index key of a subject: users and ServiceAccounts by the user name they match (the authorizer
   * compares user names), groups by name; {@code null} when it can never match.
   */
  static String subjectKey(Subject s) {
    return switch (s.kind()) {
      case Subject.USER -> "u:" + s.name();
      case Subject.GROUP -> "g:" + s.name();
      case Subject.SERVICE_ACCOUNT -> {
        String user = s.serviceAccountUserName();
        yield user == null ? null : "u:" + user;
      }
      default -> null;
    };
  }

  private static String danglingMessage(Binding b, RbacRef ref, RbacOptions options) {
    String hint = "";
    if (options.defaults() == RbacOptions.Defaults.NONE
        && BootstrapPolicy.get().roles().stream().anyMatch(r -> r.ref().equals(ref))) {
      hint =
          "; it is a built-in role of every cluster (resolved unless only the manifests are asked"
              + " about)";
    }
    return b.ref()
        + " refers to "
        + ref
        + ", which does not exist: it grants nothing until someone"
        + " creates it"
        + hint;
  }
}
