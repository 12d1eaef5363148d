package dev.bulwark.analysis.netpol;

import dev.bulwark.api.JsonPointer;
import java.util.List;

/**
 * One ingress or egress rule of a NetworkPolicy.
 *
 * @param direction ingress or egress
 * @param number 1-based position in its list, as explanations count rules
 * @param peers the {@code from}/{@code to} entries; empty means every peer, pods and addresses
 * @param ports the {@code ports} entries; empty means every port of every protocol
 * @param pointer where the rule is in its policy
 */
public record PolicyRule(
    Direction direction, int number, List<RulePeer> peers, List<RulePort> ports, JsonPointer pointer) {

  public PolicyRule {
    peers = List.copyOf(peers);
    ports = List.copyOf(ports);
  }

  public boolean allPeers() {
    return peers.isEmpty();
  }

  public boolean allPorts() {
    return ports.isEmpty();
  }

  /** True when some port entry is named, so the rule means different ports for different pods. */
  public boolean hasNamedPorts() {
    return ports.stream().anyMatch(p -> p.name() != null);
  }

  /** The connections the rule's ports allow towards {@code destination} (may be null). */
  public ConnectionSet connections(Workload destination) {
    if (ports.isEmpty()) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (RulePort p : ports) {
      out = out.union(p.connections(destination));
    }
    return out;
  }
}
