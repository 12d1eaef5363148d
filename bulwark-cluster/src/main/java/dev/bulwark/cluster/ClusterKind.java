package dev.bulwark.cluster;

import java.util.List;

/**
 * One kind Bulwark lists from an API server, with what its URL needs. The version is the one
 * Bulwark knows; discovery ({@link ServedKinds}) replaces it with the version the server prefers.
 *
 * @param group API group, empty for the core group
 * @param version API version within the group
 * @param kind the kind, e.g. {@code Deployment}
 * @param plural the resource name in URLs, e.g. {@code deployments}
 * @param namespaced whether objects live in namespaces
 */
public record ClusterKind(String group, String version, String kind, String plural, boolean namespaced) {

  /** The kinds the checks and analyses look at. CRDs are listed as objects, their instances are not. */
  public static final List<ClusterKind> SCANNED =
      List.of(
          core("Namespace", "namespaces", false),
          core("Pod", "pods", true),
          core("ReplicationController", "replicationcontrollers", true),
          core("PodTemplate", "podtemplates", true),
          core("Service", "services", true),
          core("ServiceAccount", "serviceaccounts", true),
          core("ConfigMap", "configmaps", true),
          core("Secret", "secrets", true),
          core("LimitRange", "limitranges", true),
          core("ResourceQuota", "resourcequotas", true),
          new ClusterKind("apps", "v1", "Deployment", "deployments", true),
          new ClusterKind("apps", "v1", "ReplicaSet", "replicasets", true),
          new ClusterKind("apps", "v1", "StatefulSet", "statefulsets", true),
          new ClusterKind("apps", "v1", "DaemonSet", "daemonsets", true),
          new ClusterKind("batch", "v1", "Job", "jobs", true),
          new ClusterKind("batch", "v1", "CronJob", "cronjobs", true),
          rbac("Role", "roles", true),
          rbac("RoleBinding", "rolebindings", true),
          rbac("ClusterRole", "clusterroles", false),
          rbac("ClusterRoleBinding", "clusterrolebindings", false),
          new ClusterKind("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true),
          new ClusterKind("networking.k8s.io", "v1", "Ingress", "ingresses", true),
          new ClusterKind(
              "policy.networking.k8s.io", "v1alpha1", "AdminNetworkPolicy", "adminnetworkpolicies", false),
          new ClusterKind(
              "admissionregistration.k8s.io",
              "v1",
              "ValidatingWebhookConfiguration",
              "validatingwebhookconfigurations",
              false),
          new ClusterKind(
              "admissionregistration.k8s.io",
              "v1",
              "MutatingWebhookConfiguration",
              "mutatingwebhookconfigurations",
              false),
          new ClusterKind(
              "admissionregistration.k8s.io",
              "v1",
              "ValidatingAdmissionPolicy",
              "validatingadmissionpolicies",
              false),
          new ClusterKind(
              "admissionregistration.k8s.io",
              "v1",
              "ValidatingAdmissionPolicyBinding",
              "validatingadmissionpolicybindings",
              false),
          new ClusterKind("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true),
          // Istio's mTLS policy: read when Istio is installed, for istio-mtls-not-strict.
          new ClusterKind(
              "security.istio.io", "v1", "PeerAuthentication", "peerauthentications", true),
          new ClusterKind(
              "apiextensions.k8s.io",
              "v1",
              "CustomResourceDefinition",
              "customresourcedefinitions",
              false));

  private static ClusterKind core(String kind, String plural, boolean namespaced) {
    return new ClusterKind("", "v1", kind, plural, namespaced);
  }

  private static ClusterKind rbac(String kind, String plural, boolean namespaced) {
    return new ClusterKind("rbac.authorization.k8s.io", "v1", kind, plural, namespaced);
  }

  /** The same kind in another version of its group. */
  ClusterKind withVersion(String otherVersion) {
    return new ClusterKind(group, otherVersion, kind, plural, namespaced);
  }

  /** {@code v1} or {@code apps/v1}. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** {@code pods} or {@code deployments.apps}, as kubectl and RBAC name a resource. */
  public String resourceName() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /** The collection path, across all namespaces or within one. */
  String path(String namespace) {
    String prefix = group.isEmpty() ? "/api/v1" : "/apis/" + group + "/" + version;
    return namespace == null ? prefix + "/" + plural : prefix + "/namespaces/" + namespace + "/" + plural;
  }
}
