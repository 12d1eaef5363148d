package dev.bulwark.analysis.netpol;

/** One entry of an admin policy rule's {@code ports}: exactly one of three forms. */
public sealed interface AdminPort permits AdminPort.Number, AdminPort.Named, AdminPort.Range {

  /** The connections this entry covers towards a destination workload (may be null). */
  ConnectionSet connections(Workload destination);

  /**
   * {@code portNumber}.
   *
   * @param protocol the protocol
   * @param port the port
   */
  record Number(Protocol protocol, int port) implements AdminPort {
    @Override
    public ConnectionSet connections(Workload destination) {
      return ConnectionSet.of(protocol, PortSet.of(port));
    }
  }

  /**
   * {@code namedPort}: the protocol comes from the destination's container port.
   *
   * @param name the port name
   */
  record Named(String name) implements AdminPort {
    @Override
    public ConnectionSet connections(Workload destination) {
      if (destination == Peer.UNKNOWN_PORTS) {
        return ConnectionSet.named(null, name);
      }
      ContainerPort p = destination == null ? null : destination.namedPort(name);
      return p == null ? ConnectionSet.NONE : ConnectionSet.of(p.protocol(), PortSet.of(p.number()));
    }
  }

  /**
   * {@code portRange}.
   *
   * @param protocol the protocol
   * @param start first port
   * @param end last port
   */
  record Range(Protocol protocol, int start, int end) implements AdminPort {
    @Override
    public ConnectionSet connections(Workload destination) {
      return ConnectionSet.of(protocol, PortSet.range(start, end));
    }
  }
}
