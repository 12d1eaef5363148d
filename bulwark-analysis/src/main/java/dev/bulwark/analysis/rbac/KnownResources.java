package dev.bulwark.analysis.rbac;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in resources' API groups and scopes, standing in for the discovery a live client would
 * do: {@code deployments} is in {@code apps}, {@code nodes} is cluster-scoped. Used to turn a query
 * like {@code who-can create deployments -n web} into the request the authorizer sees.
 */
public final class KnownResources {

  /**
   * Where a resource lives.
   *
   * @param group its API group ({@code ""} for core)
   * @param namespaced false for cluster-scoped resources, whose requests carry no namespace
   */
  public record Info(String group, boolean namespaced) {}

  private static final Map<String, Info> RESOURCES = new HashMap<>();

  static {
    namespaced(
        "",
        "pods",
        "services",
        "endpoints",
        "configmaps",
        "secrets",
        "serviceaccounts",
        "persistentvolumeclaims",
        "events",
        "limitranges",
        "resourcequotas",
        "replicationcontrollers",
        "podtemplates",
        "bindings");
    cluster("", "nodes", "namespaces", "persistentvolumes", "componentstatuses", "users", "groups");
    namespaced(
        "apps", "deployments", "daemonsets", "statefulsets", "replicasets", "controllerrevisions");
    namespaced("batch", "jobs", "cronjobs");
    namespaced("autoscaling", "horizontalpodautoscalers");
    namespaced("policy", "poddisruptionbudgets");
    namespaced("networking.k8s.io", "ingresses", "networkpolicies");
    cluster("networking.k8s.io", "ingressclasses", "ipaddresses", "servicecidrs");
    namespaced("discovery.k8s.io", "endpointslices");
    namespaced("rbac.authorization.k8s.io", "roles", "rolebindings");
    cluster("rbac.authorization.k8s.io", "clusterroles", "clusterrolebindings");
    cluster(
        "storage.k8s.io",
        "storageclasses",
        "csidrivers",
        "csinodes",
        "volumeattachments",
        "volumeattributesclasses");
    namespaced("storage.k8s.io", "csistoragecapacities");
    cluster(
        "admissionregistration.k8s.io",
        "mutatingwebhookconfigurations",
        "validatingwebhookconfigurations",
        "validatingadmissionpolicies",
        "validatingadmissionpolicybindings",
        "mutatingadmissionpolicies",
        "mutatingadmissionpolicybindings");
    cluster("apiextensions.k8s.io", "customresourcedefinitions");
    cluster("apiregistration.k8s.io", "apiservices");
    cluster("certificates.k8s.io", "certificatesigningrequests", "signers");
    namespaced("coordination.k8s.io", "leases");
    cluster("scheduling.k8s.io", "priorityclasses");
    cluster("node.k8s.io", "runtimeclasses");
    cluster("authentication.k8s.io", "tokenreviews", "selfsubjectreviews", "userextras", "uids");
    cluster(
        "authorization.k8s.io",
        "subjectaccessreviews",
        "selfsubjectaccessreviews",
        "selfsubjectrulesreviews");
    namespaced("authorization.k8s.io", "localsubjectaccessreviews");
    cluster("flowcontrol.apiserver.k8s.io", "flowschemas", "prioritylevelconfigurations");
    namespaced("resource.k8s.io", "resourceclaims", "resourceclaimtemplates");
    cluster("resource.k8s.io", "deviceclasses", "resourceslices");
  }

  private KnownResources() {}

  private static void namespaced(String group, String... names) {
    for (String n : names) {
      RESOURCES.put(n, new Info(group, true));
    }
  }

  private static void cluster(String group, String... names) {
    for (String n : names) {
      RESOURCES.put(n, new Info(group, false));
    }
  }

  /**
   * What is known about a resource; a subresource ({@code pods/exec}) is looked up by its resource.
   */
  public static Optional<Info> lookup(String resource) {
    int slash = resource.indexOf('/');
    return Optional.ofNullable(RESOURCES.get(slash < 0 ? resource : resource.substring(0, slash)));
  }
}
