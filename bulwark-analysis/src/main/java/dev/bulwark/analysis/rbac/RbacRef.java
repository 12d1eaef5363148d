package dev.bulwark.analysis.rbac;

import java.util.Comparator;
import java.util.Objects;

/**
 * Names a Role, ClusterRole, RoleBinding or ClusterRoleBinding.
 *
 * @param kind {@code Role}, {@code ClusterRole}, {@code RoleBinding} or {@code ClusterRoleBinding}
 * @param namespace the namespace, {@code null} for the cluster-scoped kinds
 * @param name {@code metadata.name}
 */
public record RbacRef(String kind, String namespace, String name) implements Comparable<RbacRef> {
  public static final String ROLE = "Role";
  public static final String CLUSTER_ROLE = "ClusterRole";
  public static final String ROLE_BINDING = "RoleBinding";
  public static final String CLUSTER_ROLE_BINDING = "ClusterRoleBinding";

  private static final Comparator<RbacRef> ORDER =
      Comparator.comparing(RbacRef::kind)
          .thenComparing(r -> Objects.toString(r.namespace, ""))
          .thenComparing(RbacRef::name);

  public static RbacRef clusterRole(String name) {
    return new RbacRef(CLUSTER_ROLE, null, name);
  }

  public static RbacRef role(String namespace, String name) {
    return new RbacRef(ROLE, namespace, name);
  }

  public static RbacRef clusterRoleBinding(String name) {
    return new RbacRef(CLUSTER_ROLE_BINDING, null, name);
  }

  public static RbacRef roleBinding(String namespace, String name) {
    return new RbacRef(ROLE_BINDING, namespace, name);
  }

  /** True for ClusterRole and ClusterRoleBinding. */
  public boolean isClusterScoped() {
    return namespace == null;
  }

  @Override
  public int compareTo(RbacRef o) {
    return ORDER.compare(this, o);
  }

  /**
   * As the authorizer prints it: {@code ClusterRole "view"}, {@code RoleBinding "name/ns"}, with
   * the namespace after the name.
   */
  @Override
  public String toString() {
    return kind + " \"" + (namespace == null ? name : name + "/" + namespace) + "\"";
  }
}
