package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains one side of a connection: splits the ports into regions that share a verdict and the
 * reasons for it, from a trace of the same evaluation the listing uses.
 */
final class SideExplainer {
  /** Ports with one verdict and its reasons. */
  record Region(ConnectionSet ports, boolean allowed, List<Reason> reasons) {}

  private final PolicyEvaluator evaluator;

  SideExplainer(PolicyEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** What the policies of every layer did with the side, in order. */
  private static final class Recorder implements PolicyTrace {
    final List<Object[]> admin = new ArrayList<>();
    final Map<NetworkPolicy, List<Object[]>> policies = new LinkedHashMap<>();
    Layer layer;

    @Override
    public void adminRule(AdminPolicy policy, AdminRule rule, ConnectionSet decided) {
      admin.add(new Object[] {policy, rule, decided});
    }

    @Override
    public void policySelects(NetworkPolicy policy) {
      policies.put(policy, new ArrayList<>());
    }

    @Override
    public void policyRule(NetworkPolicy policy, PolicyRule rule, ConnectionSet allowed) {
      policies.get(policy).add(new Object[] {rule, allowed});
    }

    @Override
    public void result(ConnectionSet allowed, Layer decidedBy) {
      layer = decidedBy;
    }
  }

  List<Region> explain(Direction direction, Peer src, Peer dst) {
    Peer selected = direction == Direction.EGRESS ? src : dst;
    Peer other = direction == Direction.EGRESS ? dst : src;
    Subject subject = evaluator.subject(direction, selected);
    if (!subject.isProtected()) {
      return List.of(new Region(ConnectionSet.ALL, true, List.of(Reason.SYSTEM_DEFAULT)));
    }
    Recorder rec = new Recorder();
    evaluator.side(direction, subject, other, dst.workload(), rec);
    List<Region> out = new ArrayList<>();
    List<Region> passed = new ArrayList<>();
    ConnectionSet rest = ConnectionSet.ALL;
    for (Object[] a : rec.admin) {
      AdminPolicy policy = (AdminPolicy) a[0];
      AdminRule rule = (AdminRule) a[1];
      ConnectionSet decided = (ConnectionSet) a[2];
      if (policy.baseline()) {
        continue;
      }
      Reason reason = Reasons.admin(policy, rule);
      if (rule.action() == AdminAction.PASS) {
        passed.add(new Region(decided, true, List.of(reason)));
      } else {
        out.add(new Region(decided, rule.action() == AdminAction.ALLOW, List.of(reason)));
        rest = rest.minus(decided);
      }
    }
    List<Region> lower = new ArrayList<>();
    if (rec.layer == PolicyTrace.Layer.NETWORK_POLICY) {
      lower.addAll(networkPolicyRegions(direction, rec, rest, selected, other));
    } else if (rec.layer == PolicyTrace.Layer.BASELINE_OR_DEFAULT) {
      for (Object[] a : rec.admin) {
        AdminPolicy policy = (AdminPolicy) a[0];
        if (policy.baseline()) {
          AdminRule rule = (AdminRule) a[1];
          ConnectionSet decided = ((ConnectionSet) a[2]).intersect(rest);
          lower.add(new Region(decided, rule.action() == AdminAction.ALLOW, List.of(Reasons.admin(policy, rule))));
          rest = rest.minus(decided);
        }
      }
      if (!rest.isEmpty()) {
        lower.add(new Region(rest, true, List.of(Reason.SYSTEM_DEFAULT)));
      }
    }
    // Ports an admin policy passed carry that reason as well as the lower layer's.
    for (Region r : lower) {
      List<Region> pieces = List.of(r);
      for (Region pass : passed) {
        List<Region> next = new ArrayList<>();
        for (Region piece : pieces) {
          ConnectionSet in = piece.ports().intersect(pass.ports());
          ConnectionSet out2 = piece.ports().minus(pass.ports());
          if (!in.isEmpty()) {
            List<Reason> reasons = new ArrayList<>(pass.reasons());
            reasons.addAll(piece.reasons());
            next.add(new Region(in, piece.allowed(), reasons));
          }
          if (!out2.isEmpty()) {
            next.add(new Region(out2, piece.allowed(), piece.reasons()));
          }
        }
        pieces = next;
      }
      out.addAll(pieces);
    }
    out.removeIf(r -> r.ports().isEmpty());
    return out;
  }

  /**
   * The NetworkPolicy layer: a port is allowed by the first rule of each policy that allows it
   * (all such policies are reasons); a denied port is explained by every selecting policy, each
   * with the first of its rules that matched the peer and names the port's protocol.
   */
  private List<Region> networkPolicyRegions(Direction d, Recorder rec, ConnectionSet rest, Peer selected, Peer other) {
    List<NetworkPolicy> policies = new ArrayList<>(rec.policies.keySet());
    policies.sort(Comparator.comparing(NetworkPolicy::fullName));
    ConnectionSet allowedByAny = ConnectionSet.NONE;
    for (List<Object[]> rules : rec.policies.values()) {
      for (Object[] r : rules) {
        allowedByAny = allowedByAny.union((ConnectionSet) r[1]);
      }
    }
    List<Region> regions = new ArrayList<>();
    ConnectionSet allowedHere = rest.intersect(allowedByAny);
    if (!allowedHere.isEmpty()) {
      List<Region> parts = List.of(new Region(allowedHere, true, List.of()));
      for (NetworkPolicy p : policies) {
        ConnectionSet covered = ConnectionSet.NONE;
        for (Object[] r : rec.policies.get(p)) {
          ConnectionSet conns = ((ConnectionSet) r[1]).minus(covered);
          if (conns.isEmpty()) {
            continue;
          }
          covered = covered.union(conns);
          parts = split(parts, conns, Reasons.allows(p, (PolicyRule) r[0]));
        }
      }
      regions.addAll(parts);
    }
    ConnectionSet denied = rest.minus(allowedByAny);
    for (Protocol protocol : Protocol.values()) {
      ConnectionSet ports = denied.intersect(ConnectionSet.allOf(protocol));
      if (ports.isEmpty()) {
        continue;
      }
      List<Reason> reasons = new ArrayList<>();
      for (NetworkPolicy p : policies) {
        reasons.add(denial(p, d, rec.policies.get(p), protocol, selected, other));
      }
      regions.add(new Region(ports, false, reasons));
    }
    return merge(regions);
  }

  private static Reason denial(NetworkPolicy p, Direction d, List<Object[]> matched, Protocol protocol, Peer selected, Peer other) {
    if (p.rules(d).isEmpty()) {
      return Reasons.noRules(p, d, selected, other);
    }
    if (matched.isEmpty()) {
      return Reasons.noMatchingRule(p, d, selected, other);
    }
    Object[] chosen = matched.get(0);
    for (Object[] r : matched) {
      PolicyRule rule = (PolicyRule) r[0];
      if (rule.ports().stream().anyMatch(port -> port.protocol() == protocol) && !((ConnectionSet) r[1]).isEmpty()) {
        chosen = r;
        break;
      }
    }
    PolicyRule rule = (PolicyRule) chosen[0];
    return ((ConnectionSet) chosen[1]).isEmpty() && rule.hasNamedPorts()
        ? Reasons.namedPortsDoNotMatch(p, rule, selected, other)
        : Reasons.portsDoNotMatch(p, rule, selected, other);
  }

  /** Splits every region by {@code ports}, adding {@code reason} to the part inside. */
  private static List<Region> split(List<Region> regions, ConnectionSet ports, Reason reason) {
    List<Region> out = new ArrayList<>();
    for (Region r : regions) {
      ConnectionSet in = r.ports().intersect(ports);
      ConnectionSet outside = r.ports().minus(ports);
      if (!in.isEmpty()) {
        List<Reason> reasons = new ArrayList<>(r.reasons());
        reasons.add(reason);
        out.add(new Region(in, r.allowed(), reasons));
      }
      if (!outside.isEmpty()) {
        out.add(new Region(outside, r.allowed(), r.reasons()));
      }
    }
    return out;
  }

  /** Joins regions with the same verdict and reasons. */
  static List<Region> merge(List<Region> regions) {
    Map<String, Region> byKey = new LinkedHashMap<>();
    for (Region r : regions) {
      String key = r.allowed() + "|" + r.reasons();
      Region known = byKey.get(key);
      byKey.put(key, known == null ? r : new Region(known.ports().union(r.ports()), r.allowed(), r.reasons()));
    }
    return new ArrayList<>(byKey.values());
  }
}
