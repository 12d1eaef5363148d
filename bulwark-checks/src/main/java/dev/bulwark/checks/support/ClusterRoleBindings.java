package dev.bulwark.checks.support;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * ClusterRoleBindings in an inventory, read for one question at a time. Interim: the RBAC model in
 * bulwark-analysis answers who-can questions in general (aggregation, groups, RoleBindings).
 */
public final class ClusterRoleBindings {
  /** The built-in role that allows everything. */
  public static final String CLUSTER_ADMIN = "cluster-admin";

  private ClusterRoleBindings() {}

  /**
   * The ClusterRoleBindings that grant a ClusterRole to a ServiceAccount: as a ServiceAccount
   * subject, as its user name {@code system:serviceaccount:<ns>:<name>}, or through the groups
   * every ServiceAccount is in ({@code system:serviceaccounts}, {@code
   * system:serviceaccounts:<ns>}).
   */
  public static List<Resource> grantingToServiceAccount(
      Inventory inventory, String clusterRole, String namespace, String account) {
    return inventory.ofKind("ClusterRoleBinding").stream()
        .filter(b -> refersTo(b.object().path("roleRef"), clusterRole))
        .filter(
            b ->
                b.object().path("subjects").values().stream()
                    .anyMatch(s -> isServiceAccount(s, namespace, account)))
        .toList();
  }

  private static boolean refersTo(JsonNode roleRef, String clusterRole) {
    return "ClusterRole".equals(roleRef.path("kind").asString(""))
        && clusterRole.equals(roleRef.path("name").asString(""));
  }

  private static boolean isServiceAccount(JsonNode subject, String namespace, String account) {
    String kind = subject.path("kind").asString("");
    String name = subject.path("name").asString("");
    return switch (kind) {
      case "ServiceAccount" ->
          name.equals(account) && namespace.equals(subject.path("namespace").asString(""));
      case "User" -> name.equals("system:serviceaccount:" + namespace + ":" + account);
      case "Group" ->
          name.equals("system:serviceaccounts")
              || name.equals("system:serviceaccounts:" + namespace);
      default -> false;
    };
  }
}
