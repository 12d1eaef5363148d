package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pods of one owner are analysed as one workload. That is only sound when no policy selector
 * tells them apart; when one does (a rollout caught half-way, say), the analysis stops rather
 * than guess which pod's labels stand for the workload.
 */
final class SameOwnerCheck {
  private final ClusterModel model;

  SameOwnerCheck(ClusterModel model) {
    this.model = model;
  }

  void check(Map<String, List<Workload>> podsByWorkload) {
    for (Map.Entry<String, List<Workload>> e : podsByWorkload.entrySet()) {
      List<Workload> pods = e.getValue();
      Workload first = pods.get(0);
      for (Workload other : pods.subList(1, pods.size())) {
        if (other.labels().equals(first.labels())) {
          continue;
        }
        for (Selected s : selectors(first.namespace())) {
          if (s.selector().matches(first.labels()) != s.selector().matches(other.labels())) {
            throw new NetpolInputException("Found Pods of the same owner workload `" + first.namespace() + "/" + first.name()
                + "` and with differences in their labels, while a network policy contains selectors impacted by this gap: "
                + s.where() + " has selector " + s.selector().matchLabels() + " " + s.selector().expressions()
                + " that selects " + (s.selector().matches(first.labels()) ? first : other).source().name()
                + " but not " + (s.selector().matches(first.labels()) ? other : first).source().name());
          }
        }
      }
    }
  }

  private record Selected(LabelSelector selector, String where) {}

  /** Every pod selector that can apply to pods of {@code namespace}. */
  private List<Selected> selectors(String namespace) {
    List<Selected> out = new ArrayList<>();
    for (NetworkPolicy np : model.networkPolicies()) {
      String where = "NetworkPolicy " + np.fullName();
      if (np.namespace().equals(namespace)) {
        out.add(new Selected(np.podSelector(), where));
      }
      for (Direction d : Direction.values()) {
        for (PolicyRule rule : np.rules(d)) {
          for (RulePeer peer : rule.peers()) {
            if (peer instanceof RulePeer.Selector s && s.podSelector() != null) {
              out.add(new Selected(s.podSelector(), where));
            }
          }
        }
      }
    }
    List<AdminPolicy> admin = new ArrayList<>(model.adminPolicies());
    if (model.baseline() != null) {
      admin.add(model.baseline());
    }
    for (AdminPolicy p : admin) {
      String where = p.kind() + " " + p.name();
      if (p.subject().podSelector() != null) {
        out.add(new Selected(p.subject().podSelector(), where));
      }
      for (Direction d : Direction.values()) {
        for (AdminRule rule : p.rules(d)) {
          for (AdminPeer peer : rule.peers()) {
            if (peer instanceof AdminPeer.Pods pods && pods.pods().podSelector() != null) {
              out.add(new Selected(pods.pods().podSelector(), where));
            }
          }
        }
      }
    }
    return out;
  }
}
