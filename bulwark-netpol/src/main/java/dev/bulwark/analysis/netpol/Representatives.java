package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The representative peers of a model: one per distinct rule selector that names pods or
 * namespaces (rules that select the whole cluster are covered by {@code entire-cluster}
 * instead), minus those a real workload of the input already is.
 */
final class Representatives {
  private Representatives() {}

  static List<Peer> of(ClusterModel model) {
    Map<String, Representative> byKey = new LinkedHashMap<>();
    for (NetworkPolicy p : model.networkPolicies()) {
      for (Direction d : Direction.values()) {
        for (PolicyRule rule : p.rules(d)) {
          for (Representative r : fromRule(rule, p.namespace())) {
            byKey.putIfAbsent(r.key(), r);
          }
        }
      }
    }
    List<AdminPolicy> admin = new ArrayList<>(model.adminPolicies());
    if (model.baseline() != null) {
      admin.add(model.baseline());
    }
    for (AdminPolicy p : admin) {
      for (Direction d : Direction.values()) {
        for (AdminRule rule : p.rules(d)) {
          for (AdminPeer peer : rule.peers()) {
            if (peer instanceof AdminPeer.Pods pods && !selectsEverything(pods.pods())) {
              Representative r = new Representative("", pods.pods().namespaceSelector(), pods.pods().podSelector());
              byKey.putIfAbsent(r.key(), r);
            }
          }
        }
      }
    }
    List<Peer> out = new ArrayList<>();
    for (Representative r : byKey.values()) {
      if (!isRealWorkload(r, model)) {
        out.add(Peer.representative(r));
      }
    }
    return out;
  }

  /**
   * The selector peers of one rule. A rule that selects every pod of every namespace through one
   * of its peers exposes the whole cluster, and netpol-analyzer then keeps none of that rule's
   * peers as representatives; neither do we.
   */
  private static List<Representative> fromRule(PolicyRule rule, String namespace) {
    List<Representative> out = new ArrayList<>();
    for (RulePeer peer : rule.peers()) {
      if (!(peer instanceof RulePeer.Selector s)) {
        continue;
      }
      if (s.namespaceSelector() != null && s.namespaceSelector().isEmpty() && (s.podSelector() == null || s.podSelector().isEmpty())) {
        return List.of();
      }
      if (s.namespaceSelector() == null) {
        out.add(new Representative(namespace, LabelSelector.ofLabels(Map.of(Namespaces.NAME_LABEL, namespace)), s.podSelector()));
      } else {
        out.add(new Representative("", s.namespaceSelector(), s.podSelector()));
      }
    }
    return out;
  }

  private static boolean selectsEverything(PodMatcher m) {
    return m.namespaceSelector().isEmpty() && (m.podSelector() == null || m.podSelector().isEmpty());
  }

  /**
   * A representative made only of exact labels (no expressions, a specific namespace and pod) is
   * dropped when a workload of the input carries those labels: the workload speaks for itself.
   */
  private static boolean isRealWorkload(Representative r, ClusterModel model) {
    LabelSelector ns = r.namespaceSelector();
    LabelSelector pods = r.podSelector();
    if (pods == null || !pods.expressions().isEmpty() || !ns.expressions().isEmpty()
        || ns.matchLabels().isEmpty() || pods.matchLabels().isEmpty()) {
      return false;
    }
    for (Workload w : model.workloads()) {
      if (pods.matches(w.labels()) && ns.matches(model.namespaces().labels(w.namespace()))) {
        return true;
      }
    }
    return false;
  }
}
