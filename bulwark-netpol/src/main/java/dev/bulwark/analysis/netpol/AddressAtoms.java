package dev.bulwark.analysis.netpol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits the address space into the ranges the policies can tell apart. Sources come from the
 * ipBlocks of ingress rules, destinations from those of egress rules (and admin {@code
 * networks}), always together with the whole IPv4 space. Every boundary of every block cuts, and
 * neighbouring pieces are not merged even when they behave alike: that is how netpol-analyzer
 * names external peers, and the output must match it. IPv6 appears only when a policy names an
 * IPv6 block.
 */
final class AddressAtoms {
  private AddressAtoms() {}

  /** External source peers: ranges cut by ingress ipBlocks. */
  static List<IpRange> sources(ClusterModel model) {
    List<IpRange> blocks = new ArrayList<>();
    for (NetworkPolicy p : model.networkPolicies()) {
      addBlocks(p.ingress(), blocks);
    }
    return atoms(blocks);
  }

  /** External destination peers: ranges cut by egress ipBlocks and admin networks. */
  static List<IpRange> destinations(ClusterModel model) {
    List<IpRange> blocks = new ArrayList<>();
    for (NetworkPolicy p : model.networkPolicies()) {
      addBlocks(p.egress(), blocks);
    }
    List<AdminPolicy> admin = new ArrayList<>(model.adminPolicies());
    if (model.baseline() != null) {
      admin.add(model.baseline());
    }
    for (AdminPolicy p : admin) {
      for (AdminRule rule : p.egress()) {
        for (AdminPeer peer : rule.peers()) {
          if (peer instanceof AdminPeer.Networks n) {
            blocks.addAll(n.addresses().ranges());
          }
        }
      }
    }
    return atoms(blocks);
  }

  private static void addBlocks(List<PolicyRule> rules, List<IpRange> out) {
    for (PolicyRule rule : rules) {
      for (RulePeer peer : rule.peers()) {
        if (peer instanceof RulePeer.IpBlock block) {
          out.addAll(block.addresses().ranges());
        }
      }
    }
  }

  /** The pieces of the whole space (IPv4, and IPv6 when named) cut at every block boundary. */
  static List<IpRange> atoms(List<IpRange> blocks) {
    List<IpRange> out = new ArrayList<>(split(false, blocks));
    if (blocks.stream().anyMatch(IpRange::v6)) {
      out.addAll(split(true, blocks));
    }
    return out;
  }

  private static List<IpRange> split(boolean v6, List<IpRange> blocks) {
    BigInteger max = v6 ? IpRange.V6_MAX : IpRange.V4_MAX;
    TreeSet<BigInteger> cuts = new TreeSet<>();
    cuts.add(BigInteger.ZERO);
    for (IpRange b : blocks) {
      if (b.v6() == v6) {
        cuts.add(b.first());
        if (b.last().compareTo(max) < 0) {
          cuts.add(b.last().add(BigInteger.ONE));
        }
      }
    }
    List<IpRange> out = new ArrayList<>();
    BigInteger start = null;
    for (BigInteger cut : cuts) {
      if (start != null) {
        out.add(new IpRange(v6, start, cut.subtract(BigInteger.ONE)));
      }
      start = cut;
    }
    out.add(new IpRange(v6, start, max));
    return out;
  }
}
