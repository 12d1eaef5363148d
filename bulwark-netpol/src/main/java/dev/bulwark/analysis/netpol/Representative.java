package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pod the policies name but the input does not hold, standing for "any pod matching these
 * selectors": exposure analysis reports connections to it, such as {@code [all namespaces]/[pod
 * with {k8s-app=kube-dns}]} for a DNS egress rule whose DNS pods are not in the manifests.
 *
 * <p>A rule matches a representative only when its selectors are the same requirements (or
 * empty): a representative is not a pod with labels, so partial overlaps are not guessed at.
 *
 * @param namespace the policy's namespace when the rule had no namespaceSelector, else empty
 * @param namespaceSelector the namespaces (for a rule without one: the policy's namespace by name)
 * @param podSelector the pods, or {@code null} for all
 */
public record Representative(String namespace, LabelSelector namespaceSelector, LabelSelector podSelector) {

  /** Identity: the canonical requirements of both selectors. */
  public String key() {
    return String.join(";", requirements(namespaceSelector)) + "/" + String.join(";", requirements(podSelector));
  }

  /**
   * netpol-analyzer's rule: an empty rule selector matches, otherwise the requirements must be
   * equal ({@code In} with one value equals {@code =}).
   */
  static boolean fullMatch(LabelSelector rule, LabelSelector representative) {
    if (rule.isEmpty()) {
      return true;
    }
    return requirements(rule).equals(requirements(representative));
  }

  /** Does a NetworkPolicy rule peer of a policy in {@code policyNamespace} match it? */
  boolean matchedBy(RulePeer.Selector peer, String policyNamespace) {
    boolean ns = peer.namespaceSelector() == null
        ? policyNamespace.equals(namespace)
        : fullMatch(peer.namespaceSelector(), namespaceSelector);
    return ns && (peer.podSelector() == null || fullMatch(peer.podSelector(), podSelector));
  }

  /** Does an admin policy subject or peer match it? */
  boolean matchedBy(PodMatcher pods) {
    return fullMatch(pods.namespaceSelector(), namespaceSelector)
        && (pods.podSelector() == null || fullMatch(pods.podSelector(), podSelector));
  }

  /**
   * Requirements as Kubernetes prints them, sorted by key: {@code k=v}, {@code k in (a,b)},
   * {@code k notin (a,b)}, {@code k}, {@code !k}; none for a null selector.
   */
  static List<String> requirements(LabelSelector s) {
    List<String[]> keyed = new ArrayList<>();
    if (s != null) {
      for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
        keyed.add(new String[] {e.getKey(), e.getKey() + "=" + e.getValue()});
      }
      for (LabelSelector.Requirement r : s.expressions()) {
        List<String> values = new ArrayList<>(new java.util.TreeSet<>(r.values()));
        String text = switch (r.operator()) {
          case In -> values.size() == 1 ? r.key() + "=" + values.get(0) : r.key() + " in (" + String.join(",", values) + ")";
          case NotIn -> r.key() + " notin (" + String.join(",", values) + ")";
          case Exists -> r.key();
          case DoesNotExist -> "!" + r.key();
        };
        keyed.add(new String[] {r.key(), text});
      }
    }
    keyed.sort((a, b) -> a[0].compareTo(b[0]));
    List<String> out = new ArrayList<>();
    for (String[] k : keyed) {
      out.add(k[1]);
    }
    return out;
  }

  /** {@code [namespace with {env=prod}]/[all pods]}, or {@code ns/[pod with {app=x}]} by name. */
  public String displayName() {
    Map<String, String> nsLabels = namespaceSelector.matchLabels();
    String ns;
    if (nsLabels.size() == 1 && namespaceSelector.expressions().isEmpty() && nsLabels.containsKey(Namespaces.NAME_LABEL)) {
      ns = nsLabels.get(Namespaces.NAME_LABEL);
    } else if (namespaceSelector.isEmpty()) {
      ns = "[all namespaces]";
    } else {
      ns = "[namespace with {" + selectorText(namespaceSelector) + "}]";
    }
    String pods = podSelector == null || podSelector.isEmpty() ? "[all pods]" : "[pod with {" + selectorText(podSelector) + "}]";
    return ns + "/" + pods;
  }

  /**
   * matchLabels as {@code k=v,...}, then matchExpressions as Go prints the struct ({@code
   * {Key:k,Operator:In,Values:[a b],}}), sorted.
   */
  private static String selectorText(LabelSelector s) {
    List<String> parts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    s.matchLabels().forEach((k, v) -> labels.add(k + "=" + v));
    if (!labels.isEmpty()) {
      parts.add(String.join(",", labels));
    }
    List<String> expressions = new ArrayList<>();
    for (LabelSelector.Requirement r : s.expressions()) {
      expressions.add("{Key:" + r.key() + ",Operator:" + r.operator() + ",Values:[" + String.join(" ", r.values()) + "],}");
    }
    expressions.sort(null);
    if (!expressions.isEmpty()) {
      parts.add(String.join(",", expressions));
    }
    return String.join(",", parts);
  }
}
