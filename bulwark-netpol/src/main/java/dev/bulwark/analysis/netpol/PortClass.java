package dev.bulwark.analysis.netpol;

/**
 * Ports of a connection that share their verdict and reasons on both sides.
 *
 * @param connections the ports
 * @param egress the source's side
 * @param ingress the destination's side
 */
public record PortClass(ConnectionSet connections, SideVerdict egress, SideVerdict ingress) {

  /** Allowed when both sides allow. */
  public boolean allowed() {
    return egress.allowed() && ingress.allowed();
  }

  /**
   * netpol-analyzer's way of writing the ports: {@code TCP, UDP, SCTP} or {@code TCP:[1-79,81-65535],
   * UDP} (protocols in this order, a fully open one bare).
   */
  public String portsText() {
    StringBuilder sb = new StringBuilder();
    for (Protocol p : Protocol.values()) {
      PortSet ports = connections.ports(p);
      if (ports.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.name());
      if (!ports.isAll()) {
        sb.append(":[").append(ports).append(']');
      }
    }
    return sb.toString();
  }
}
