package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.Direction;
import dev.bulwark.analysis.netpol.LabelSelector;
import dev.bulwark.analysis.netpol.Namespaces;
import dev.bulwark.analysis.netpol.NetworkPolicy;
import dev.bulwark.analysis.netpol.PolicyQueries;
import dev.bulwark.analysis.netpol.PolicyRule;
import dev.bulwark.analysis.netpol.RulePeer;
import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags rule peers whose selectors match no workload. Manifests rarely hold a whole cluster, so a
 * peer is only reported when it names its namespaces (its policy's own, or by {@code
 * kubernetes.io/metadata.name}) and the input holds the pods of each (workloads there, no custom
 * resources that operators turn into pods), or when the input is a whole cluster: a peer that names
 * kube-system's DNS pods is no mistake just because kube-system is not in the repository.
 */
@CheckInfo(
    id = "network-policy-peer-matches-nothing",
    summary = "NetworkPolicy rule peer selects no workload",
    description =
        "A from/to entry whose selectors match nothing allows nothing: usually a typo in a label, a"
            + " label that changed, or podSelector and namespaceSelector written as one entry where two"
            + " were meant. The connection it was written for stays blocked.",
    severity = Severity.LOW,
    category = Category.NETWORK_POLICY,
    kinds = {"NetworkPolicy"},
    scope = Scope.INVENTORY,
    reads = {"Namespace", "NetworkPolicy", "AdminNetworkPolicy", CheckInfo.WORKLOADS},
    remediation = "Fix the selector's labels (compare them with the pods' template labels), or remove the entry.")
public final class NetworkPolicyPeerMatchesNothing implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    PolicyQueries q = PolicyQueries.of(context.inventory());
    NetworkPolicy p = q.networkPolicy(resource);
    if (p == null) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Direction d : Direction.values()) {
      for (PolicyRule rule : p.rules(d)) {
        for (RulePeer peer : rule.peers()) {
          if (peer instanceof RulePeer.Selector s && matchesNothing(q, s, p.namespace(), context.inventoryComplete())) {
            out.add(Violation.at(s.pointer(), "%s rule #%d of %s selects no workload", d.label(), rule.number(), p.fullName()));
          }
        }
      }
    }
    return out;
  }

  private static boolean matchesNothing(PolicyQueries q, RulePeer.Selector s, String namespace, boolean complete) {
    if (!q.matching(s, namespace).isEmpty()) {
      return false;
    }
    if (complete) {
      return true;
    }
    List<String> namespaces = s.namespaceSelector() == null ? List.of(namespace) : pinnedNames(s.namespaceSelector());
    // Only when the peer names its namespaces and the input holds them do we know it matches nothing.
    return !namespaces.isEmpty() && namespaces.stream().allMatch(q::holdsAllPodsOf);
  }

  /** The namespaces a selector names through kubernetes.io/metadata.name, or none when it does not. */
  private static List<String> pinnedNames(LabelSelector selector) {
    String name = selector.matchLabels().get(Namespaces.NAME_LABEL);
    if (name != null) {
      return List.of(name);
    }
    for (LabelSelector.Requirement r : selector.expressions()) {
      if (r.key().equals(Namespaces.NAME_LABEL) && r.operator() == LabelSelector.Operator.In) {
        return r.values();
      }
    }
    return List.of();
  }
}
