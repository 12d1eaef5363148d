package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Suggests NetworkPolicies for a namespace as a starting point for micro-segmentation: deny
 * everything by default, allow DNS, and allow what the namespace's Services imply: their pods
 * accept their target ports from the namespace's pods (and from the ingress controller when an
 * Ingress or Route leads there, and from anywhere for NodePort and LoadBalancer Services), and
 * the namespace's pods may call them. Callers in other namespaces are not guessed at.
 */
public final class PolicySuggester {
  private final ClusterModel model;
  private final String ingressNamespace;

  /** {@code ingressNamespace}: where the ingress controller runs (for Ingress and Route targets). */
  public PolicySuggester(ClusterModel model, String ingressNamespace) {
    this.model = model;
    this.ingressNamespace = ingressNamespace;
  }

  /** Namespaces that hold workloads, sorted. */
  public List<String> namespaces() {
    TreeSet<String> out = new TreeSet<>();
    for (Workload w : model.workloads()) {
      out.add(w.namespace());
    }
    return new ArrayList<>(out);
  }

  /** The suggested policies for one namespace, as a multi-document YAML stream. */
  public String suggest(String namespace) {
    List<ServiceInfo> services = servicesWithPods(namespace);
    StringBuilder sb = new StringBuilder();
    sb.append("# Suggested NetworkPolicies for namespace ").append(namespace).append(", from bulwark netpol suggest.\n")
        .append("# A starting point: review them, add the callers from other namespaces, then apply.\n");
    sb.append(header("default-deny-all", namespace, "Nothing in or out unless a policy below allows it."))
        .append("spec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n");
    sb.append("---\n").append(header("allow-dns", namespace, "Every pod may resolve names through the cluster DNS."))
        .append("spec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n")
        .append("    - to:\n        - namespaceSelector: {}\n          podSelector:\n            matchLabels:\n")
        .append("              k8s-app: kube-dns\n      ports:\n        - protocol: UDP\n          port: 53\n")
        .append("        - protocol: TCP\n          port: 53\n");
    for (ServiceInfo s : services) {
      sb.append("---\n").append(ingressPolicy(s));
    }
    if (!services.isEmpty()) {
      sb.append("---\n").append(header("allow-egress-to-services", namespace, "Pods of the namespace may call its Services."))
          .append("spec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n");
      for (ServiceInfo s : services) {
        sb.append("    # Service ").append(s.name()).append('\n')
            .append("    - to:\n        - podSelector:\n").append(labels(s.selector(), "            "))
            .append(ports(s));
      }
    }
    return sb.toString();
  }

  private String ingressPolicy(ServiceInfo s) {
    StringBuilder sb = new StringBuilder(header(name("allow-ingress-to-" + s.name()), s.namespace(),
        "Service " + s.name() + ": its pods accept its target ports."));
    sb.append("spec:\n  podSelector:\n").append(labels(s.selector(), "    ")).append("  policyTypes: [Ingress]\n  ingress:\n");
    sb.append("    - from:\n        - podSelector: {}\n").append(ports(s));
    if (exposedThroughIngress(s)) {
      sb.append("    # An Ingress or Route leads here; the ingress controller is assumed to run in namespace ")
          .append(ingressNamespace).append(".\n")
          .append("    - from:\n        - namespaceSelector:\n            matchLabels:\n              ")
          .append(Namespaces.NAME_LABEL).append(": ").append(quote(ingressNamespace)).append('\n').append(ports(s));
    }
    if (s.isExposedOutside()) {
      sb.append("    # A ").append(s.type()).append(" Service takes traffic from outside the cluster.\n")
          .append("    - from:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n").append(ports(s));
    }
    return sb.toString();
  }

  private boolean exposedThroughIngress(ServiceInfo s) {
    for (IngressEntry e : model.ingressEntries()) {
      if (e.namespace().equals(s.namespace()) && e.backends().stream().anyMatch(b -> s.name().equals(b.service()))) {
        return true;
      }
    }
    return false;
  }

  private List<ServiceInfo> servicesWithPods(String namespace) {
    List<ServiceInfo> out = new ArrayList<>();
    for (ServiceInfo s : model.services()) {
      if (!s.namespace().equals(namespace) || s.selector() == null || s.selector().isEmpty() || s.ports().isEmpty()) {
        continue;
      }
      LabelSelector selector = LabelSelector.ofLabels(s.selector());
      if (model.workloads().stream().anyMatch(w -> w.namespace().equals(namespace) && selector.matches(w.labels()))) {
        out.add(s);
      }
    }
    out.sort(java.util.Comparator.comparing(ServiceInfo::name));
    return out;
  }

  private static String header(String name, String namespace, String comment) {
    return "# " + comment + "\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: " + name
        + "\n  namespace: " + namespace + "\n";
  }

  /** The Service's target ports, numbered or named, once each. */
  private static String ports(ServiceInfo s) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (ServiceInfo.Port p : s.ports()) {
      Object target = p.podPort();
      String port = target instanceof String name ? quote(name) : target.toString();
      unique.putIfAbsent(p.protocol() + "/" + port, "        - protocol: " + p.protocol() + "\n          port: " + port + "\n");
    }
    return "      ports:\n" + String.join("", unique.values());
  }

  private static String labels(Map<String, String> labels, String indent) {
    StringBuilder sb = new StringBuilder(indent).append("matchLabels:\n");
    new java.util.TreeMap<>(labels).forEach((k, v) -> sb.append(indent).append("  ").append(k).append(": ").append(quote(v)).append('\n'));
    return sb.toString();
  }

  /** A double-quoted YAML scalar (JSON escaping is valid YAML). */
  private static String quote(String s) {
    return GoText.json(s);
  }

  /** Kubernetes names are at most 63 characters. */
  private static String name(String s) {
    return s.length() <= 63 ? s : s.substring(0, 63).replaceAll("-+$", "");
  }
}
