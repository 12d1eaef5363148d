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
  /** The rule peers matching each peer class, ascending: what the fast path tests rules against. */
  private final List<int[]> egressPeerTerms = new ArrayList<>();
  private final List<int[]> ingressPeerTerms = new ArrayList<>();
  private final Terms egressTerms;
  private final Terms ingressTerms;
  /** Egress peer classes holding each egress term; ingress subject classes whose rules use each ingress term. */
  private int[][] egressPeersByTerm;
  private int[][] ingressSubjectsByTerm;
  private final List<int[]> egressSubjectTerms = new ArrayList<>();

  EquivalenceClasses(PolicyEvaluator evaluator, List<Peer> workloadPeers, List<Peer> externalPeers) {
    this.evaluator = evaluator;
    ClusterModel model = evaluator.model();
    List<Workload> workloads = new ArrayList<>();
    for (Peer p : workloadPeers) {
      workloads.add(p.workload());
    }
    WorkloadIndex index = new WorkloadIndex(workloads, model.namespaces());
    this.egressTerms = new Terms(model, Direction.EGRESS);
    this.ingressTerms = new Terms(model, Direction.INGRESS);
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
      List<Integer> em = egressMatches.get(i);
      List<Integer> im = ingressMatches.get(i);
      int epId = intern(egressPeerIds, em + egressTerms.namedPortKey(w), () -> {
        egressPeers.add(peer);
        egressPeerTerms.add(toArray(em));
      });
      int ipId = intern(ingressPeerIds, im.toString(), () -> {
        ingressPeers.add(peer);
        ingressPeerTerms.add(toArray(im));
      });
      ids.put(peer, new Ids(esId, isId, epId, ipId));
    }
    for (Peer peer : externalPeers) {
      List<Integer> em = egressTerms.matches(peer.addresses());
      List<Integer> im = ingressTerms.matches(peer.addresses());
      int epId = intern(egressPeerIds, "ip" + em, () -> {
        egressPeers.add(peer);
        egressPeerTerms.add(toArray(em));
      });
      int ipId = intern(ingressPeerIds, "ip" + im, () -> {
        ingressPeers.add(peer);
        ingressPeerTerms.add(toArray(im));
      });
      ids.put(peer, new Ids(0, 0, epId, ipId));
    }
    egressPeersByTerm = invert(egressPeerTerms, egressTerms.size());
    List<int[]> ingressSubjectTermList = new ArrayList<>();
    for (Subject s : ingressSubjects) {
      ingressSubjectTermList.add(ingressTerms.termsOf(s, Direction.INGRESS));
    }
    ingressSubjectsByTerm = invert(ingressSubjectTermList, ingressTerms.size());
    for (Subject s : egressSubjects) {
      egressSubjectTerms.add(egressTerms.termsOf(s, Direction.EGRESS));
    }
  }

  /** For each term, the classes (indexes of {@code termsOfClass}) that hold it. */
  private static int[][] invert(List<int[]> termsOfClass, int terms) {
    List<List<Integer>> byTerm = new ArrayList<>(terms);
    for (int t = 0; t < terms; t++) {
      byTerm.add(new ArrayList<>());
    }
    for (int c = 0; c < termsOfClass.size(); c++) {
      for (int t : termsOfClass.get(c)) {
        byTerm.get(t).add(c);
      }
    }
    int[][] out = new int[terms][];
    for (int t = 0; t < terms; t++) {
      out[t] = toArray(byTerm.get(t));
    }
    return out;
  }

  /**
   * What an egress subject class allows to a peer matched by none of its rules' peers, or null
   * when its rules name ports (then each peer class resolves them its own way).
   */
  ConnectionSet egressDefault(int subject) {
    Subject s = egressSubjects.get(subject);
    if (egressTerms.namesPorts(s, Direction.EGRESS)) {
      return null;
    }
    return evaluator.side(Direction.EGRESS, s, Peer.nobody(), null, PolicyTrace.NONE);
  }

  /** What an ingress subject class allows from a peer matched by none of its rules' peers. */
  ConnectionSet ingressDefault(int subject) {
    Peer dst = ingressSubjectPeers.get(subject);
    return evaluator.side(Direction.INGRESS, ingressSubjects.get(subject), Peer.nobody(), dst == null ? null : dst.workload(), PolicyTrace.NONE);
  }

  /** Egress peer classes that some rule of the subject class can match (the rest get the default). */
  void egressExceptions(int subject, java.util.function.IntConsumer peerClass) {
    for (int t : egressSubjectTerms.get(subject)) {
      for (int p : egressPeersByTerm[t]) {
        peerClass.accept(p);
      }
    }
  }

  /** Ingress subject classes with a rule that can match the peer class (the rest get their default). */
  void ingressExceptions(int peer, java.util.function.IntConsumer subjectClass) {
    for (int t : ingressPeerTerms.get(peer)) {
      for (int s : ingressSubjectsByTerm[t]) {
        subjectClass.accept(s);
      }
    }
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
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
    Subject s = egressSubjects.get(subject);
    if (s.admin().isEmpty() && !s.baseline()) {
      return policiesOnly(s, Direction.EGRESS, egressTerms, egressPeerTerms.get(peer), dst.workload());
    }
    return evaluator.side(Direction.EGRESS, s, dst, dst.workload(), PolicyTrace.NONE);
  }

  /** Ingress of any destination of subject class {@code subject} from any peer of class {@code peer}. */
  ConnectionSet ingress(int subject, int peer) {
    Peer dst = ingressSubjectPeers.get(subject);
    Subject s = ingressSubjects.get(subject);
    Workload target = dst == null ? null : dst.workload();
    if (s.admin().isEmpty() && !s.baseline()) {
      return policiesOnly(s, Direction.INGRESS, ingressTerms, ingressPeerTerms.get(peer), target);
    }
    return evaluator.side(Direction.INGRESS, s, ingressPeers.get(peer), target, PolicyTrace.NONE);
  }

  /**
   * The common case, NetworkPolicies only: the union of the selecting policies' rules that match
   * the peer, where "matches" is a lookup of the rule's peer ids among the class's instead of
   * selector evaluation. The same answer as {@link PolicyEvaluator#side} (the property tests
   * hold the two together), at a fraction of the cost per cell.
   */
  private static ConnectionSet policiesOnly(Subject s, Direction d, Terms terms, int[] peerTerms, Workload destination) {
    if (s.policies().isEmpty()) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (NetworkPolicy p : s.policies()) {
      for (PolicyRule rule : p.rules(d)) {
        if (rule.allPeers() || anyIn(terms.ruleTerms(rule), peerTerms)) {
          out = out.union(terms.connections(rule, destination));
          if (out.isAll()) {
            return out;
          }
        }
      }
    }
    return out;
  }

  private static boolean anyIn(int[] wanted, int[] sorted) {
    for (int t : wanted) {
      if (java.util.Arrays.binarySearch(sorted, t) >= 0) {
        return true;
      }
    }
    return false;
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
    private final Map<Object, int[]> ruleTerms = new IdentityHashMap<>();
    private final Map<PolicyRule, ConnectionSet> fixedConnections = new IdentityHashMap<>();

    private final AdminPolicy baseline;

    Terms(ClusterModel model, Direction direction) {
      this.baseline = model.baseline();
      List<AdminPolicy> admin = new ArrayList<>(model.adminPolicies());
      if (model.baseline() != null) {
        admin.add(model.baseline());
      }
      for (AdminPolicy p : admin) {
        for (AdminRule rule : p.rules(direction)) {
          int[] ids = new int[rule.peers().size()];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = terms.size();
            terms.add(rule.peers().get(i));
            namespaces.add(null);
          }
          ruleTerms.put(rule, ids);
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
          int[] ids = new int[rule.peers().size()];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = terms.size();
            terms.add(rule.peers().get(i));
            namespaces.add(p.namespace());
          }
          ruleTerms.put(rule, ids);
          if (!rule.hasNamedPorts()) {
            fixedConnections.put(rule, rule.connections(null));
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

    int[] ruleTerms(PolicyRule rule) {
      return ruleTerms.get(rule);
    }

    int size() {
      return terms.size();
    }

    /** The terms of every rule of every policy of the subject, ascending, once each. */
    int[] termsOf(Subject s, Direction direction) {
      java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
      for (AdminPolicy p : s.admin()) {
        for (AdminRule r : p.rules(direction)) {
          for (int t : ruleTerms.get(r)) {
            out.add(t);
          }
        }
      }
      for (NetworkPolicy p : s.policies()) {
        for (PolicyRule r : p.rules(direction)) {
          for (int t : ruleTerms.get(r)) {
            out.add(t);
          }
        }
      }
      if (s.baseline() && baseline != null) {
        for (AdminRule r : baseline.rules(direction)) {
          for (int t : ruleTerms.get(r)) {
            out.add(t);
          }
        }
      }
      return toArray(new ArrayList<>(out));
    }

    /** True when some rule of the subject names a port. */
    boolean namesPorts(Subject s, Direction direction) {
      for (AdminPolicy p : s.admin()) {
        for (AdminRule r : p.rules(direction)) {
          if (r.hasNamedPorts()) {
            return true;
          }
        }
      }
      for (NetworkPolicy p : s.policies()) {
        for (PolicyRule r : p.rules(direction)) {
          if (r.hasNamedPorts()) {
            return true;
          }
        }
      }
      if (s.baseline() && baseline != null) {
        for (AdminRule r : baseline.rules(direction)) {
          if (r.hasNamedPorts()) {
            return true;
          }
        }
      }
      return false;
    }

    /** A rule's connections towards a destination, computed once unless named ports make them vary. */
    ConnectionSet connections(PolicyRule rule, Workload destination) {
      ConnectionSet fixed = fixedConnections.get(rule);
      return fixed != null ? fixed : rule.connections(destination);
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
