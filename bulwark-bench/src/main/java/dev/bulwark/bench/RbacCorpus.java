package dev.bulwark.bench;

/**
 * A synthetic cluster's RBAC: per namespace four Roles and four RoleBindings (one of them to the
 * built-in edit role), plus as many ClusterRoles and ClusterRoleBindings as namespaces (some
 * aggregated into view, some operators with cluster-wide reach, a few cluster-admins), one
 * ServiceAccount and one Deployment per namespace. With 1,000 namespaces: 10,000 RBAC objects.
 */
final class RbacCorpus {
  private RbacCorpus() {}

  static String cluster(int namespaces) {
    StringBuilder y = new StringBuilder();
    for (int i = 0; i < namespaces; i++) {
      String ns = "team-" + i;
      role(
          y,
          ns,
          "app-reader",
          "[{apiGroups: [''], resources: [pods, configmaps], verbs: [get, list, watch]},"
              + " {apiGroups: [''], resources: [secrets], resourceNames: [app-"
              + i
              + "-db], verbs: [get]}]");
      role(
          y,
          ns,
          "deployer",
          "[{apiGroups: [apps], resources: [deployments], verbs: [create, update, patch]},"
              + " {apiGroups: [''], resources: [pods], verbs: [create, delete]}, {apiGroups: [''],"
              + " resources: [secrets], verbs: [get]}]");
      role(
          y,
          ns,
          "debugger",
          "[{apiGroups: [''], resources: [pods/exec, pods/log], verbs: [create, get]}]");
      role(
          y,
          ns,
          "token-minter",
          "[{apiGroups: [''], resources: [serviceaccounts/token], resourceNames: [app-"
              + i
              + "], verbs: [create]}]");
      binding(
          y, ns, "app-reader", "Role", "app-reader", "{kind: ServiceAccount, name: app-" + i + "}");
      binding(y, ns, "deployer", "Role", "deployer", "{kind: Group, name: team-" + i + "-devs}");
      binding(y, ns, "debugger", "Role", "debugger", "{kind: User, name: oncall-" + (i % 50) + "}");
      binding(
          y, ns, "leads-edit", "ClusterRole", "edit", "{kind: Group, name: team-" + i + "-leads}");
      y.append("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app-")
          .append(i)
          .append(", namespace: ")
          .append(ns)
          .append("}\n---\n");
      y.append("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-")
          .append(i)
          .append(", namespace: ")
          .append(ns)
          .append("}\nspec: {template: {spec: {serviceAccountName: app-")
          .append(i)
          .append(", containers: [{name: app, image: 'registry.example.com/app:1.0'}]}}}\n---\n");
    }
    for (int i = 0; i < namespaces; i++) {
      String name = "cluster-" + i;
      String rules;
      String subject;
      if (i % 10 == 0) {
        // CRD viewers aggregated into the built-in view role
        y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: ")
            .append(name)
            .append(
                ", labels: {rbac.authorization.k8s.io/aggregate-to-view: 'true'}}\n"
                    + "rules: [{apiGroups: [example-")
            .append(i)
            .append(".com], resources: ['*'], verbs: [get, list, watch]}]\n---\n");
        subject = "{kind: Group, name: viewers-" + i + "}";
        clusterBinding(y, name, "view", subject);
        continue;
      } else if (i % 97 == 0) {
        rules = "[{apiGroups: ['*'], resources: ['*'], verbs: ['*']}]";
        subject = "{kind: ServiceAccount, name: operator, namespace: team-" + i + "}";
      } else if (i % 13 == 0) {
        rules = "[{apiGroups: [''], resources: [secrets], verbs: [get, list, watch]}]";
        subject = "{kind: ServiceAccount, name: app-" + i + ", namespace: team-" + i + "}";
      } else {
        rules =
            "[{apiGroups: ['', apps], resources: [pods, deployments, nodes], verbs: [get, list,"
                + " watch]}, {nonResourceURLs: [/metrics], verbs: [get]}]";
        subject = "{kind: Group, name: readers-" + i + "}";
      }
      y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: ")
          .append(name)
          .append("}\nrules: ")
          .append(rules)
          .append("\n---\n");
      clusterBinding(y, name, name, subject);
    }
    return y.toString();
  }

  private static void role(StringBuilder y, String ns, String name, String rules) {
    y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: ")
        .append(name)
        .append(", namespace: ")
        .append(ns)
        .append("}\nrules: ")
        .append(rules)
        .append("\n---\n");
  }

  private static void binding(
      StringBuilder y, String ns, String name, String kind, String role, String subject) {
    y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: ")
        .append(name)
        .append(", namespace: ")
        .append(ns)
        .append("}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ")
        .append(kind)
        .append(", name: ")
        .append(role)
        .append("}\nsubjects: [")
        .append(subject)
        .append("]\n---\n");
  }

  private static void clusterBinding(StringBuilder y, String name, String role, String subject) {
    y.append(
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ")
        .append(name)
        .append("}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ")
        .append(role)
        .append("}\nsubjects: [")
        .append(subject)
        .append("]\n---\n");
  }
}
