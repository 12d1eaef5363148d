package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantics, one connection side at a time. For the side a policy governs (egress of the
 * source, ingress of the destination):
 *
 * <ol>
 *   <li>AdminNetworkPolicies selecting the pod, by priority, rules in order: the first rule that
 *       matches a port decides it (Allow and Deny are final, Pass hands it down).
 *   <li>If some NetworkPolicy selects the pod for this direction, ports not yet decided are
 *       allowed exactly when one of their rules allows them (the union of all rules).
 *   <li>Otherwise the baseline's first matching rule decides, and what nothing decides is allowed.
 * </ol>
 *
 * An external peer is never selected: its own side allows everything. Named ports resolve
 * against the destination workload; ipBlocks only ever match external peers.
 */
final class PolicyEvaluator {
  private final ClusterModel model;
  private final Map<String, List<NetworkPolicy>> policiesByNamespace = new HashMap<>();

  PolicyEvaluator(ClusterModel model) {
    this.model = model;
    for (NetworkPolicy p : model.networkPolicies()) {
      policiesByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p);
    }
  }

  ClusterModel model() {
    return model;
  }

  /** What may flow from {@code src} to {@code dst}: both sides must allow it. */
  ConnectionSet allowed(Peer src, Peer dst) {
    ConnectionSet egress = side(Direction.EGRESS, src, dst, PolicyTrace.NONE);
    return egress.isEmpty() ? egress : egress.intersect(side(Direction.INGRESS, src, dst, PolicyTrace.NONE));
  }

  /** One side of the connection from {@code src} to {@code dst}. */
  ConnectionSet side(Direction direction, Peer src, Peer dst, PolicyTrace trace) {
    Peer selected = direction == Direction.EGRESS ? src : dst;
    Peer other = direction == Direction.EGRESS ? dst : src;
    return side(direction, subject(direction, selected), other, dst.workload(), trace);
  }

  /** Who governs a peer's side: nothing for external addresses and the entire cluster. */
  Subject subject(Direction direction, Peer peer) {
    if (peer.isExternal() || peer.isEntireCluster() || peer.isNobody()) {
      return Subject.NONE;
    }
    if (peer.representative() != null) {
      return representativeSubject(direction, peer.representative());
    }
    return subject(direction, peer.workload());
  }

  /** NetworkPolicies never select a representative; admin policies do when their subject matches it. */
  private Subject representativeSubject(Direction direction, Representative r) {
    List<AdminPolicy> admin = new ArrayList<>();
    for (AdminPolicy p : model.adminPolicies()) {
      if (!p.rules(direction).isEmpty() && r.matchedBy(p.subject())) {
        admin.add(p);
      }
    }
    AdminPolicy b = model.baseline();
    return new Subject(admin, List.of(), b != null && !b.rules(direction).isEmpty() && r.matchedBy(b.subject()));
  }

  /** The policies of every layer that select {@code w} for {@code direction}. */
  Subject subject(Direction direction, Workload w) {
    List<AdminPolicy> admin = new ArrayList<>();
    for (AdminPolicy p : model.adminPolicies()) {
      if (p.selects(w, model.namespaces(), direction)) {
        admin.add(p);
      }
    }
    List<NetworkPolicy> policies = new ArrayList<>();
    for (NetworkPolicy p : policiesByNamespace.getOrDefault(w.namespace(), List.of())) {
      if (p.selects(w, direction)) {
        policies.add(p);
      }
    }
    boolean baseline = model.baseline() != null && model.baseline().selects(w, model.namespaces(), direction);
    return new Subject(admin, policies, baseline);
  }

  /**
   * One side, given who governs it: {@code other} is the peer at the far end and {@code
   * destination} the workload named ports resolve against ({@code null} for external addresses).
   */
  ConnectionSet side(Direction direction, Subject subject, Peer other, Workload destination, PolicyTrace trace) {
    ConnectionSet allow = ConnectionSet.NONE;
    ConnectionSet deny = ConnectionSet.NONE;
    ConnectionSet decided = ConnectionSet.NONE;
    for (AdminPolicy p : subject.admin()) {
      for (AdminRule rule : p.rules(direction)) {
        if (decided.isAll()) {
          break;
        }
        if (!matches(rule, other)) {
          continue;
        }
        ConnectionSet conns = rule.connections(destination).minus(decided);
        if (conns.isEmpty()) {
          continue;
        }
        decided = decided.union(conns);
        if (rule.action() == AdminAction.ALLOW) {
          allow = allow.union(conns);
        } else if (rule.action() == AdminAction.DENY) {
          deny = deny.union(conns);
        }
        trace.adminRule(p, rule, conns);
      }
    }
    if (allow.union(deny).isAll()) {
      trace.result(allow, PolicyTrace.Layer.ADMIN);
      return allow;
    }
    if (!subject.policies().isEmpty()) {
      ConnectionSet allowedByPolicies = ConnectionSet.NONE;
      for (NetworkPolicy p : subject.policies()) {
        trace.policySelects(p);
        for (PolicyRule rule : p.rules(direction)) {
          if (matches(rule, p.namespace(), other)) {
            ConnectionSet conns = rule.connections(destination);
            allowedByPolicies = allowedByPolicies.union(conns);
            trace.policyRule(p, rule, conns);
          }
        }
      }
      ConnectionSet result = allow.union(allowedByPolicies.minus(deny));
      trace.result(result, PolicyTrace.Layer.NETWORK_POLICY);
      return result;
    }
    if (subject.baseline()) {
      // Ports an admin policy allowed or denied are final; passed and unmatched ones are not.
      ConnectionSet baselineDecided = allow.union(deny);
      for (AdminRule rule : model.baseline().rules(direction)) {
        if (!matches(rule, other)) {
          continue;
        }
        ConnectionSet conns = rule.connections(destination).minus(baselineDecided);
        if (conns.isEmpty()) {
          continue;
        }
        baselineDecided = baselineDecided.union(conns);
        if (rule.action() == AdminAction.DENY) {
          deny = deny.union(conns);
        }
        trace.adminRule(model.baseline(), rule, conns);
      }
    }
    ConnectionSet result = ConnectionSet.ALL.minus(deny);
    trace.result(result, PolicyTrace.Layer.BASELINE_OR_DEFAULT);
    return result;
  }

  /** True when a NetworkPolicy rule of a policy in {@code namespace} matches the peer. */
  boolean matches(PolicyRule rule, String namespace, Peer other) {
    if (rule.allPeers()) {
      return true;
    }
    for (RulePeer peer : rule.peers()) {
      if (matches(peer, namespace, other)) {
        return true;
      }
    }
    return false;
  }

  boolean matches(RulePeer peer, String namespace, Peer other) {
    if (peer instanceof RulePeer.IpBlock block) {
      return other.isExternal() && block.addresses().contains(other.addresses());
    }
    RulePeer.Selector s = (RulePeer.Selector) peer;
    if (other.isNobody()) {
      return false;
    }
    if (other.isEntireCluster()) {
      return s.namespaceSelector() != null && s.namespaceSelector().isEmpty() && (s.podSelector() == null || s.podSelector().isEmpty());
    }
    if (other.representative() != null) {
      return other.representative().matchedBy(s, namespace);
    }
    return !other.isExternal() && s.matches(other.workload(), namespace, model.namespaces());
  }

  boolean matches(AdminRule rule, Peer other) {
    for (AdminPeer peer : rule.peers()) {
      if (matches(peer, other)) {
        return true;
      }
    }
    return false;
  }

  boolean matches(AdminPeer peer, Peer other) {
    if (peer instanceof AdminPeer.Networks networks) {
      return other.isExternal() && networks.addresses().contains(other.addresses());
    }
    if (peer instanceof AdminPeer.Pods pods) {
      PodMatcher m = pods.pods();
      if (other.isNobody()) {
        return false;
      }
      if (other.isEntireCluster()) {
        return m.namespaceSelector().isEmpty() && (m.podSelector() == null || m.podSelector().isEmpty());
      }
      if (other.representative() != null) {
        return other.representative().matchedBy(m);
      }
      return !other.isExternal() && m.matches(other.workload(), model.namespaces());
    }
    return false;
  }
}
