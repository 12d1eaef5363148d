package dev.bulwark.analysis.netpol;

/**
 * One entry of a NetworkPolicy rule's {@code ports}.
 *
 * @param protocol the protocol (TCP by default)
 * @param number the port number, or {@code null} for a named port or for every port
 * @param name the named port, or {@code null}
 * @param endPort the last port of a range, or {@code null}
 */
public record RulePort(Protocol protocol, Integer number, String name, Integer endPort) {

  /** True when the entry names no port: every port of its protocol. */
  public boolean allPorts() {
    return number == null && name == null;
  }

  /**
   * The connections this entry allows towards a destination workload; a named port resolves
   * against the destination's container ports, name and protocol both matching, and adds nothing
   * when it does not resolve (or when there is no destination workload).
   */
  public ConnectionSet connections(Workload destination) {
    if (allPorts()) {
      return ConnectionSet.allOf(protocol);
    }
    if (name != null) {
      if (destination == Peer.UNKNOWN_PORTS) {
        return ConnectionSet.named(protocol, name);
      }
      ContainerPort p = destination == null ? null : destination.namedPort(name);
      if (p == null || p.protocol() != protocol) {
        return ConnectionSet.NONE;
      }
      return ConnectionSet.of(protocol, PortSet.of(p.number()));
    }
    return ConnectionSet.of(protocol, PortSet.range(number, endPort == null ? number : endPort));
  }
}
