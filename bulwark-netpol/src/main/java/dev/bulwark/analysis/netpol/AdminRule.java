package dev.bulwark.analysis.netpol;

import dev.bulwark.api.JsonPointer;
import java.util.List;

/**
 * One rule of an admin policy.
 *
 * @param direction ingress or egress
 * @param number 1-based position
 * @param name the rule's name
 * @param action what it does
 * @param peers whom it matches (at least one)
 * @param ports the ports, or {@code null} for every port
 * @param pointer where the rule is in its policy
 */
public record AdminRule(
    Direction direction,
    int number,
    String name,
    AdminAction action,
    List<AdminPeer> peers,
    List<AdminPort> ports,
    JsonPointer pointer) {

  public AdminRule {
    peers = List.copyOf(peers);
    ports = ports == null ? null : List.copyOf(ports);
  }

  /**
   * The connections the rule's ports cover towards {@code destination}: a named port takes its
   * number and protocol from the destination's container port and covers nothing without one.
   */
  public ConnectionSet connections(Workload destination) {
    if (ports == null) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (AdminPort p : ports) {
      out = out.union(p.connections(destination));
    }
    return out;
  }

  public boolean hasNamedPorts() {
    return ports != null && ports.stream().anyMatch(p -> p instanceof AdminPort.Named);
  }
}
