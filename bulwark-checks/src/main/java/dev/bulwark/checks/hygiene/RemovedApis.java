package dev.bulwark.checks.hygiene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API versions Kubernetes stopped serving, per kind, from the Kubernetes "Deprecated API Migration
 * Guide" (removals in v1.16, v1.22, v1.25, v1.26, v1.27, v1.29 and v1.32), plus PodSecurityPolicy
 * in extensions/v1beta1, removed in v1.16 as announced with that release.
 */
final class RemovedApis {
  /**
   * One removal.
   *
   * @param apiVersion the version no longer served
   * @param kind the kind it was removed for
   * @param removedIn the first Kubernetes minor version that no longer serves it
   * @param replacement the apiVersion to use instead, or a sentence when there is none
   * @param changes notable field changes when migrating, empty when there are none to speak of
   */
  record Removal(
      String apiVersion, String kind, String removedIn, String replacement, String changes) {}

  private static final String APPS_CHANGES = "spec.selector is required and immutable";
  private static final Map<String, Removal> BY_VERSION_AND_KIND = new HashMap<>();

  static {
    for (String kind : List.of("Deployment", "ReplicaSet")) {
      for (String version : List.of("extensions/v1beta1", "apps/v1beta1", "apps/v1beta2")) {
        add(version, kind, "v1.16", "apps/v1", APPS_CHANGES);
      }
    }
    add("extensions/v1beta1", "DaemonSet", "v1.16", "apps/v1", APPS_CHANGES);
    add("apps/v1beta2", "DaemonSet", "v1.16", "apps/v1", APPS_CHANGES);
    add("apps/v1beta1", "StatefulSet", "v1.16", "apps/v1", APPS_CHANGES);
    add("apps/v1beta2", "StatefulSet", "v1.16", "apps/v1", APPS_CHANGES);
    add("extensions/v1beta1", "NetworkPolicy", "v1.16", "networking.k8s.io/v1", "");
    add(
        "extensions/v1beta1",
        "PodSecurityPolicy",
        "v1.16",
        "Pod Security Admission namespace labels (policy/v1beta1, its next home, was removed in"
            + " v1.25 with no successor)",
        "");

    for (String kind : List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")) {
      add(
          "admissionregistration.k8s.io/v1beta1",
          kind,
          "v1.22",
          "admissionregistration.k8s.io/v1",
          "failurePolicy defaults to Fail, sideEffects and admissionReviewVersions are required");
    }
    add(
        "apiextensions.k8s.io/v1beta1",
        "CustomResourceDefinition",
        "v1.22",
        "apiextensions.k8s.io/v1",
        "a structural schema per version is required, spec.scope must be set");
    add("apiregistration.k8s.io/v1beta1", "APIService", "v1.22", "apiregistration.k8s.io/v1", "");
    add("authentication.k8s.io/v1beta1", "TokenReview", "v1.22", "authentication.k8s.io/v1", "");
    for (String kind :
        List.of("LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview")) {
      add(
          "authorization.k8s.io/v1beta1",
          kind,
          "v1.22",
          "authorization.k8s.io/v1",
          "spec.group is renamed spec.groups");
    }
    add(
        "certificates.k8s.io/v1beta1",
        "CertificateSigningRequest",
        "v1.22",
        "certificates.k8s.io/v1",
        "spec.signerName and spec.usages are required");
    add("coordination.k8s.io/v1beta1", "Lease", "v1.22", "coordination.k8s.io/v1", "");
    for (String version : List.of("extensions/v1beta1", "networking.k8s.io/v1beta1")) {
      add(
          version,
          "Ingress",
          "v1.22",
          "networking.k8s.io/v1",
          "spec.backend becomes spec.defaultBackend, serviceName/servicePort become"
              + " service.name/service.port, pathType is required");
    }
    add("networking.k8s.io/v1beta1", "IngressClass", "v1.22", "networking.k8s.io/v1", "");
    for (String kind : List.of("ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding")) {
      add("rbac.authorization.k8s.io/v1beta1", kind, "v1.22", "rbac.authorization.k8s.io/v1", "");
    }
    add("scheduling.k8s.io/v1beta1", "PriorityClass", "v1.22", "scheduling.k8s.io/v1", "");
    for (String kind : List.of("CSIDriver", "CSINode", "StorageClass", "VolumeAttachment")) {
      add("storage.k8s.io/v1beta1", kind, "v1.22", "storage.k8s.io/v1", "");
    }

    add("batch/v1beta1", "CronJob", "v1.25", "batch/v1", "");
    add(
        "discovery.k8s.io/v1beta1",
        "EndpointSlice",
        "v1.25",
        "discovery.k8s.io/v1",
        "topology is replaced by nodeName and zone");
    add("events.k8s.io/v1beta1", "Event", "v1.25", "events.k8s.io/v1", "");
    add("autoscaling/v2beta1", "HorizontalPodAutoscaler", "v1.25", "autoscaling/v2", "");
    add(
        "policy/v1beta1",
        "PodDisruptionBudget",
        "v1.25",
        "policy/v1",
        "an empty spec.selector selects every pod of the namespace");
    add(
        "policy/v1beta1",
        "PodSecurityPolicy",
        "v1.25",
        "Pod Security Admission namespace labels (PodSecurityPolicy has no successor API)",
        "");
    add("node.k8s.io/v1beta1", "RuntimeClass", "v1.25", "node.k8s.io/v1", "");

    add("autoscaling/v2beta2", "HorizontalPodAutoscaler", "v1.26", "autoscaling/v2", "");
    add("storage.k8s.io/v1beta1", "CSIStorageCapacity", "v1.27", "storage.k8s.io/v1", "");
    Map<String, String> flowControl =
        Map.of(
            "flowcontrol.apiserver.k8s.io/v1beta1", "v1.26",
            "flowcontrol.apiserver.k8s.io/v1beta2", "v1.29",
            "flowcontrol.apiserver.k8s.io/v1beta3", "v1.32");
    flowControl.forEach(
        (version, removedIn) -> {
          for (String kind : List.of("FlowSchema", "PriorityLevelConfiguration")) {
            add(
                version,
                kind,
                removedIn,
                "flowcontrol.apiserver.k8s.io/v1",
                "limited.assuredConcurrencyShares is renamed limited.nominalConcurrencyShares");
          }
        });
  }

  private RemovedApis() {}

  private static void add(
      String apiVersion, String kind, String removedIn, String replacement, String changes) {
    BY_VERSION_AND_KIND.put(
        apiVersion + " " + kind, new Removal(apiVersion, kind, removedIn, replacement, changes));
  }

  /** The removal of this kind in this apiVersion, if Kubernetes removed it. */
  static Optional<Removal> find(String apiVersion, String kind) {
    return Optional.ofNullable(BY_VERSION_AND_KIND.get(apiVersion + " " + kind));
  }
}
