package dev.bulwark.analysis.rbac;

import dev.bulwark.api.Resource;
import java.util.List;

/**
 * A RoleBinding or ClusterRoleBinding. Equal when their references are.
 *
 * @param ref kind, namespace and name
 * @param roleKind {@code roleRef.kind} as written
 * @param roleName {@code roleRef.name}
 * @param subjects the subjects in order (index = position in the manifest), as written
 * @param source the manifest, or {@code null} for a built-in binding
 */
public record Binding(
    RbacRef ref, String roleKind, String roleName, List<Subject> subjects, Resource source) {

  public Binding {
    subjects = List.copyOf(subjects);
  }

  /**
   * True for ClusterRoleBindings, whose grants reach every namespace and cluster-scoped objects.
   */
  public boolean isClusterWide() {
    return ref.isClusterScoped();
  }

  /** The binding's namespace, or {@code null} for a ClusterRoleBinding. */
  public String namespace() {
    return ref.namespace();
  }

  /**
   * The role this binding points at: a Role in the binding's own namespace or a ClusterRole; {@code
   * null} when roleRef names another kind (the authorizer resolves nothing then), or a Role from a
   * ClusterRoleBinding.
   */
  public RbacRef roleRef() {
    if (RbacRef.CLUSTER_ROLE.equals(roleKind)) {
      return RbacRef.clusterRole(roleName);
    }
    if (RbacRef.ROLE.equals(roleKind) && !isClusterWide()) {
      return RbacRef.role(namespace(), roleName);
    }
    return null;
  }

  /** The subject at a position, with a ServiceAccount's namespace defaulted from the binding. */
  public Subject effectiveSubject(int index) {
    return subjects.get(index).inBindingNamespace(namespace());
  }

  public boolean isBuiltIn() {
    return source == null;
  }

  /** Bindings are unique by reference in a model; comparing the manifests would be slow. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Binding b && b.ref.equals(ref);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }
}
