package dev.bulwark.analysis.netpol.checks;

import dev.bulwark.analysis.netpol.IpRange;
import dev.bulwark.analysis.netpol.IpSet;
import dev.bulwark.analysis.netpol.PolicyRule;
import dev.bulwark.analysis.netpol.RulePeer;
import java.util.List;

/**
 * The public IPv4 internet: everything but private, loopback, link-local, shared (CGNAT),
 * multicast and reserved ranges. A rule "reaches the internet" when its peers cover all of it,
 * however many private ranges it excepts.
 */
final class PublicAddresses {
  private static final IpSet PUBLIC = publicSpace();

  private PublicAddresses() {}

  private static IpSet publicSpace() {
    IpSet set = IpSet.of(IpRange.ALL_V4);
    for (String special : List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4")) {
      set = set.minus(IpSet.ofBlock(special, List.of()));
    }
    return set;
  }

  /** True when the rule's peers take in every public address (no peers at all do). */
  static boolean coveredBy(PolicyRule rule) {
    if (rule.allPeers()) {
      return true;
    }
    IpSet addresses = IpSet.EMPTY;
    for (RulePeer peer : rule.peers()) {
      if (peer instanceof RulePeer.IpBlock block) {
        addresses = addresses.union(block.addresses());
      }
    }
    return PUBLIC.minus(addresses).isEmpty();
  }

  /** A rule that allows every peer on every port: it allows everything. */
  static boolean allowsEverything(PolicyRule rule) {
    return rule.allPeers() && rule.allPorts();
  }

  /** {@code every port}, or the rule's ports as a listing writes them. */
  static String ports(PolicyRule rule) {
    if (rule.allPorts()) {
      return "every port";
    }
    StringBuilder sb = new StringBuilder();
    for (var port : rule.ports()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(port.protocol()).append(' ');
      if (port.name() != null) {
        sb.append(port.name());
      } else if (port.number() == null) {
        sb.append("every port");
      } else {
        sb.append(port.number()).append(port.endPort() == null ? "" : "-" + port.endPort());
      }
    }
    return sb.toString();
  }
}
