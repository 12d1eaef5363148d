package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups peers that the policies cannot tell apart, per direction and per role:
 *
 * <ul>
 *   <li>as the <em>selected</em> side (egress of a source, ingress of a destination): peers
 *       selected by the same policies of every layer (and, for ingress, whose named ports resolve
 *       alike) get the same subject class;
 *   <li>as the <em>far</em> side: peers matched by the same rule peers (and, for egress, whose
 *       named ports resolve alike) get the same peer class.
 * </ul>
 *
 * Connectivity then depends only on classes, so 5,000 workloads that fall into a few hundred
 * classes cost a few hundred squared evaluations, not 25 million.
 */
final class EquivalenceClasses {
  /** Class ids of one peer. */
  record Ids(int egressSubject, int ingressSubject, int egressPeer, int ingressPeer) {}

  private final PolicyEvaluator evaluator;
  private final Map<Peer, Ids> ids = new IdentityHashMap<>();
  private final List<Subject> egressSubjects = new ArrayList<>();
  private final List<Subject> ingressSubjects = new ArrayList<>();
  private final List<Peer> ingressSubjectPeers = new ArrayList<>();
  private final List<Peer> egressPeers = new ArrayList<>();
  private final List<Peer> ingressPeers = new ArrayList<>();

  EquivalenceClasses(PolicyEvaluator evaluator, List<Peer> workloadPeers, List<Peer> externalPeers) {
    this.evaluator = evaluator;
    ClusterModel model = evaluator.model();
    List<Workload> workloads = new ArrayList<>();
    for (Peer p : workloadPeers) {
      workloads.add(p.workload());
    }
    WorkloadIndex index = new WorkloadIndex(workloads, model.namespaces());
    Terms egressTerms = new Terms(model, Direction.EGRESS);
    Terms ingressTerms = new Terms(model, Direction.INGRESS);
    List<List<Integer>> egressMatches = egressTerms.matches(index, workloads.size());
    List<List<Integer>> ingressMatches = ingressTerms.matches(index, workloads.size());
    List<List<Integer>> egressSelecting = selecting(model, index, workloads.size(), Direction.EGRESS);
    List<List<Integer>> ingressSelecting = selecting(model, index, workloads.size(), Direction.INGRESS);

    Map<String, Integer> egressSubjectIds = new HashMap<>();
    Map<String, Integer> ingressSubjectIds = new HashMap<>();
    Map<String, Integer> egressPeerIds = new HashMap<>();
    Map<String, Integer> ingressPeerIds = new HashMap<>();
    // Class 0 of each subject kind: selected by nothing, which external peers always are.
    egressSubjectIds.put("", 0);
    egressSubjects.add(Subject.NONE);
    ingressSubjectIds.put("", 0);
    ingressSubjects.add(Subject.NONE);
    ingressSubjectPeers.add(null);

    for (int i = 0; i < workloads.size(); i++) {
      Peer peer = workloadPeers.get(i);
      Workload w = workloads.get(i);
      String es = egressSelecting.get(i).isEmpty() ? "" : egressSelecting.get(i).toString();
      String is = ingressSelecting.get(i).isEmpty() ? "" : ingressSelecting.get(i) + ingressTerms.namedPortKey(w);
      int esId = intern(egressSubjectIds, es, () -> egressSubjects.add(evaluator.subject(Direction.EGRESS, w)));
      int isId = intern(ingressSubjectIds, is, () -> {
        ingressSubjects.add(evaluator.subject(Direction.INGRESS, w));
        ingressSubjectPeers.add(peer);
      });
      int epId = intern(egressPeerIds, egressMatches.get(i) + egressTerms.namedPortKey(w), () -> egressPeers.add(peer));
      int ipId = intern(ingressPeerIds, ingressMatches.get(i).toString(), () -> ingressPeers.add(peer));
      ids.put(peer, new Ids(esId, isId, epId, ipId));
    }
    for (Peer peer : externalPeers) {
      String ep = "ip" + egressTerms.matches(peer.addresses());
      String ip = "ip" + ingressTerms.matches(peer.addresses());
      int epId = intern(egressPeerIds, ep, () -> egressPeers.add(peer));
      int ipId = intern(ingressPeerIds, ip, () -> ingressPeers.add(peer));
      ids.put(peer, new Ids(0, 0, epId, ipId));
    }
  }

  private static int intern(Map<String, Integer> ids, String key, Runnable onNew) {
    Integer id = ids.get(key);
    if (id == null) {
      id = ids.size();
      ids.put(key, id);
      onNew.run();
    }
    return id;
  }

  /** For each workload, the ids of the policies of every layer that select it. */
  private static List<List<Integer>> selecting(ClusterModel model, WorkloadIndex index, int size, Direction direction) {
    List<List<Integer>> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new ArrayList<>());
    }
    int id = 0;
    for (AdminPolicy p : model.adminPolicies()) {
      if (!p.rules(direction).isEmpty()) {
        for (int w : index.select(p.subject().namespaceSelector(), null, p.subject().podSelector())) {
          out.get(w).add(id);
        }
      }
      id++;
    }
    for (NetworkPolicy p : model.networkPolicies()) {
      if (p.affects(direction)) {
        for (int w : index.select(null, p.namespace(), p.podSelector())) {
          out.get(w).add(id);
        }
      }
      id++;
    }
    AdminPolicy baseline = model.baseline();
    if (baseline != null && !baseline.rules(direction).isEmpty()) {
      for (int w : index.select(baseline.subject().namespaceSelector(), null, baseline.subject().podSelector())) {
        out.get(w).add(id);
      }
    }
    return out;
  }

  Ids of(Peer peer) {
    Ids i = ids.get(peer);
    if (i == null) {
      throw new IllegalArgumentException("unknown peer " + peer);
    }
    return i;
  }

  int egressSubjectCount() {
    return egressSubjects.size();
  }

  int ingressSubjectCount() {
    return ingressSubjects.size();
  }

  int egressPeerCount() {
    return egressPeers.size();
  }

  int ingressPeerCount() {
    return ingressPeers.size();
  }

  /** Egress of any source of subject class {@code subject} towards any peer of class {@code peer}. */
  ConnectionSet egress(int subject, int peer) {
    Peer dst = egressPeers.get(peer);
    return evaluator.side(Direction.EGRESS, egressSubjects.get(subject), dst, dst.workload(), PolicyTrace.NONE);
  }

  /** Ingress of any destination of subject class {@code subject} from any peer of class {@code peer}. */
  ConnectionSet ingress(int subject, int peer) {
    Peer dst = ingressSubjectPeers.get(subject);
    return evaluator.side(
        Direction.INGRESS, ingressSubjects.get(subject), ingressPeers.get(peer), dst == null ? null : dst.workload(), PolicyTrace.NONE);
  }

  Subject egressSubject(int id) {
    return egressSubjects.get(id);
  }

  Subject ingressSubject(int id) {
    return ingressSubjects.get(id);
  }

  /** The rule peers of one direction, numbered, and the named ports their rules use. */
  private static final class Terms {
    private final List<Object> terms = new ArrayList<>();
    private final List<String> namespaces = new ArrayList<>();
    private final TreeSet<String> portNames = new TreeSet<>();

    Terms(ClusterModel model, Direction direction) {
      List<AdminPolicy> admin = new ArrayList<>(model.adminPolicies());
      if (model.baseline() != null) {
        admin.add(model.baseline());
      }
      for (AdminPolicy p : admin) {
        for (AdminRule rule : p.rules(direction)) {
          for (AdminPeer peer : rule.peers()) {
            terms.add(peer);
            namespaces.add(null);
          }
          if (rule.ports() != null) {
            for (AdminPort port : rule.ports()) {
              if (port instanceof AdminPort.Named named) {
                portNames.add(named.name());
              }
            }
          }
        }
      }
      for (NetworkPolicy p : model.networkPolicies()) {
        for (PolicyRule rule : p.rules(direction)) {
          for (RulePeer peer : rule.peers()) {
            terms.add(peer);
            namespaces.add(p.namespace());
          }
          for (RulePort port : rule.ports()) {
            if (port.name() != null) {
              portNames.add(port.name());
            }
          }
        }
      }
    }

    /** For each workload, the ascending ids of the terms that match it. */
    List<List<Integer>> matches(WorkloadIndex index, int size) {
      List<List<Integer>> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(new ArrayList<>());
      }
      for (int t = 0; t < terms.size(); t++) {
        Object term = terms.get(t);
        List<Integer> matched;
        if (term instanceof RulePeer.Selector s) {
          matched = index.select(s.namespaceSelector(), namespaces.get(t), s.podSelector());
        } else if (term instanceof AdminPeer.Pods p) {
          matched = index.select(p.pods().namespaceSelector(), null, p.pods().podSelector());
        } else {
          continue;
        }
        for (int w : matched) {
          out.get(w).add(t);
        }
      }
      return out;
    }

    /** The ids of the address terms that contain the range. */
    List<Integer> matches(IpRange range) {
      List<Integer> out = new ArrayList<>();
      for (int t = 0; t < terms.size(); t++) {
        Object term = terms.get(t);
        if ((term instanceof RulePeer.IpBlock b && b.addresses().contains(range))
            || (term instanceof AdminPeer.Networks n && n.addresses().contains(range))) {
          out.add(t);
        }
      }
      return out;
    }

    /** How the named ports these rules use resolve on a workload. */
    String namedPortKey(Workload w) {
      if (portNames.isEmpty()) {
        return "";
      }
      StringBuilder sb = new StringBuilder("|");
      for (String name : portNames) {
        ContainerPort p = w.namedPort(name);
        sb.append(p == null ? "-" : p.protocol() + "/" + p.number()).append(',');
      }
      return sb.toString();
    }
  }
}
