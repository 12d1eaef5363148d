package dev.bulwark.checks.cluster;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Flags workloads in {@code kube-system}, {@code kube-public} or {@code kube-node-lease} that are
 * not cluster components.
 *
 * <p>A workload counts as a cluster component when the kubelet runs it as a static pod (the {@code
 * kubernetes.io/config.mirror} annotation), when its pods ask for a priority class reserved for
 * critical components ({@code system-cluster-critical}, {@code system-node-critical}), when it or
 * its pod template carries the labels the control plane and add-ons use ({@code tier:
 * control-plane}, a control-plane {@code component}, {@code k8s-app}, {@code
 * addonmanager.kubernetes.io/mode}), or when its name, or its controller owner's name, is a known
 * component's (CoreDNS, kube-proxy, metrics-server, kube-state-metrics, the common CNI and CSI
 * daemons, cloud agents, any name containing {@code cloud-controller-manager}) or one listed in the {@code
 * allowedNames} parameter, alone or followed by {@code -suffix}. Labels and priority classes can be
 * copied, so this is a hygiene check, not a boundary.
 */
@CheckInfo(
    id = "non-system-workload-in-system-namespace",
    summary = "Workload that is not a cluster component runs in a system namespace",
    description =
        "kube-system holds the cluster's own machinery: its ServiceAccounts, Secrets and"
            + " ConfigMaps are among the most powerful in the cluster, its pods are usually exempt"
            + " from Pod Security and admission policies, and few people look there. An"
            + " application deployed there shares that access and escapes the controls made for"
            + " application namespaces, and an attacker's workload placed there blends in with"
            + " system pods. kube-public and kube-node-lease are not meant to run pods at all. The"
            + " CIS benchmark asks for namespaces as administrative boundaries (5.7.1) and for"
            + " default to stay unused (5.7.4); system namespaces deserve the same.",
    severity = Severity.MEDIUM,
    category = Category.HYGIENE,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Move the workload to a namespace of its own with its own RBAC, NetworkPolicies and Pod"
            + " Security labels; if it is a cluster add-on Bulwark does not know, add its name to"
            + " the allowedNames parameter.",
    frameworks = {"CIS:5.7.1", "NSA:network-separation", "MITRE:T1036.005", "MITRE:T1610"},
    parameters = {
      "allowedNames=: comma-separated extra names of cluster components (matched like the"
          + " built-in ones: the name alone or followed by -suffix)"
    })
public final class NonSystemWorkloadInSystemNamespace implements Check {
  static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");

  private static final JsonPointer NAMESPACE = JsonPointer.of("metadata", "namespace");
  private static final String MIRROR = "kubernetes.io/config.mirror";
  private static final Set<String> CRITICAL_PRIORITIES =
      Set.of("system-cluster-critical", "system-node-critical");
  /** Cloud providers name their controller manager after themselves. */
  private static final String CLOUD_CONTROLLER_MANAGER = "cloud-controller-manager";
  private static final Set<String> CONTROL_PLANE =
      Set.of(
          "etcd",
          "kube-apiserver",
          "kube-controller-manager",
          "kube-scheduler",
          "cloud-controller-manager");
  private static final List<String> ADD_ON_LABELS = List.of("k8s-app", "addonmanager.kubernetes.io/mode");

  /** Components Kubernetes distributions and clouds install in kube-system. */
  private static final List<String> KNOWN_NAMES =
      List.of(
          // control plane and node agents
          "etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler",
          "cloud-controller-manager", "kube-proxy", "konnectivity-agent", "konnectivity-server",
          "cluster-autoscaler",
          // DNS and metrics
          "coredns", "kube-dns", "kube-dns-autoscaler", "node-local-dns", "metrics-server",
          "kube-state-metrics",
          // network plugins
          "calico-node", "calico-kube-controllers", "calico-typha", "cilium", "cilium-operator",
          "cilium-envoy", "kube-flannel", "kube-flannel-ds", "canal", "weave-net", "aws-node",
          "kube-router", "antrea-agent", "antrea-controller", "kindnet", "kube-multus-ds",
          "ip-masq-agent", "azure-ip-masq-agent", "azure-cns",
          // storage and cloud agents
          "ebs-csi-controller", "ebs-csi-node", "efs-csi-controller", "efs-csi-node",
          "pdcsi-node", "csi-azuredisk-node", "csi-azurefile-node", "csi-azuredisk-controller",
          "csi-azurefile-controller", "snapshot-controller", "event-exporter-gke",
          "fluentbit-gke", "gke-metrics-agent", "kube-state-metrics-gke", "cloud-node-manager");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    String namespace = resource.namespace();
    if (namespace == null || !SYSTEM_NAMESPACES.contains(namespace) || isComponent(resource, context)) {
      return List.of();
    }
    return List.of(
        Violation.at(
            NAMESPACE,
            "%s %s runs in %s, which is meant for cluster components only",
            resource.kind(),
            resource.name(),
            namespace));
  }

  private static boolean isComponent(Resource resource, CheckContext context) {
    if (resource.annotations().containsKey(MIRROR)) {
      return true;
    }
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    if (pod.map(p -> p.spec().path("priorityClassName").asString(""))
        .filter(CRITICAL_PRIORITIES::contains)
        .isPresent()) {
      return true;
    }
    List<Map<String, String>> labelSets = new ArrayList<>(List.of(resource.labels()));
    pod.map(PodSpecRef::metadata).map(m -> Resource.stringMap(m.path("labels"))).ifPresent(labelSets::add);
    for (Map<String, String> labels : labelSets) {
      if ("control-plane".equals(labels.get("tier"))
          || CONTROL_PLANE.contains(labels.getOrDefault("component", ""))
          || ADD_ON_LABELS.stream().anyMatch(labels::containsKey)) {
        return true;
      }
    }
    List<String> allowed =
        Stream.concat(KNOWN_NAMES.stream(), context.parameterList("allowedNames").stream()).toList();
    return names(resource)
        .anyMatch(
            name ->
                name.contains(CLOUD_CONTROLLER_MANAGER)
                    || allowed.stream().anyMatch(known -> isNamed(name, known)));
  }

  /** The object's name and its controller owner's, which a Pod's hashed name derives from. */
  private static Stream<String> names(Resource resource) {
    Stream<String> owners =
        Stream.of(resource.at(JsonPointer.of("metadata", "ownerReferences")))
            .flatMap(refs -> refs.valueStream())
            .filter(ref -> ref.path("controller").asBoolean(false))
            .map(ref -> ref.path("name").asString(""));
    return Stream.concat(Stream.of(resource.name()), owners);
  }

  private static boolean isNamed(String name, String known) {
    return name.equals(known) || name.startsWith(known + "-");
  }
}
