package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of connections: for each of TCP, UDP and SCTP, the ports allowed. "All
 * connections" means every port of every protocol.
 */
public final class ConnectionSet {
  public static final String ALL_TEXT = "All Connections";
  public static final String NONE_TEXT = "No Connections";

  private static final Protocol[] PROTOCOLS = Protocol.values();
  /** Protocols in the order netpol-analyzer's list output sorts them: by name. */
  private static final Protocol[] BY_NAME = {Protocol.SCTP, Protocol.TCP, Protocol.UDP};

  public static final ConnectionSet NONE = new ConnectionSet(new PortSet[] {PortSet.NONE, PortSet.NONE, PortSet.NONE});
  public static final ConnectionSet ALL = new ConnectionSet(new PortSet[] {PortSet.ALL, PortSet.ALL, PortSet.ALL});

  private final PortSet[] ports;
  private final int hash;

  private ConnectionSet(PortSet[] ports) {
    this.ports = ports;
    this.hash = Arrays.hashCode(ports);
  }

  /** The given ports of one protocol, nothing else. */
  public static ConnectionSet of(Protocol protocol, PortSet portSet) {
    PortSet[] p = {PortSet.NONE, PortSet.NONE, PortSet.NONE};
    p[protocol.ordinal()] = portSet;
    return canonical(p);
  }

  /** Every port of one protocol. */
  public static ConnectionSet allOf(Protocol protocol) {
    return of(protocol, PortSet.ALL);
  }

  public PortSet ports(Protocol protocol) {
    return ports[protocol.ordinal()];
  }

  public boolean isEmpty() {
    return this == NONE || (ports[0].isEmpty() && ports[1].isEmpty() && ports[2].isEmpty());
  }

  public boolean isAll() {
    return this == ALL || (ports[0].isAll() && ports[1].isAll() && ports[2].isAll());
  }

  public boolean contains(Protocol protocol, int port) {
    return ports[protocol.ordinal()].contains(port);
  }

  /** True when every connection of {@code other} is in this set. */
  public boolean containsAll(ConnectionSet other) {
    return other.minus(this).isEmpty();
  }

  public ConnectionSet union(ConnectionSet other) {
    if (other.isEmpty() || isAll()) {
      return this;
    }
    if (isEmpty() || other.isAll()) {
      return other;
    }
    PortSet[] p = new PortSet[3];
    for (int i = 0; i < 3; i++) {
      p[i] = ports[i].union(other.ports[i]);
    }
    return canonical(p);
  }

  public ConnectionSet intersect(ConnectionSet other) {
    if (isEmpty() || other.isAll()) {
      return this;
    }
    if (other.isEmpty() || isAll()) {
      return other;
    }
    PortSet[] p = new PortSet[3];
    for (int i = 0; i < 3; i++) {
      p[i] = ports[i].intersect(other.ports[i]);
    }
    return canonical(p);
  }

  public ConnectionSet minus(ConnectionSet other) {
    if (isEmpty() || other.isEmpty()) {
      return this;
    }
    if (other.isAll()) {
      return NONE;
    }
    PortSet[] p = new PortSet[3];
    for (int i = 0; i < 3; i++) {
      p[i] = ports[i].minus(other.ports[i]);
    }
    return canonical(p);
  }

  public ConnectionSet complement() {
    return ALL.minus(this);
  }

  private static ConnectionSet canonical(PortSet[] p) {
    if (p[0].isEmpty() && p[1].isEmpty() && p[2].isEmpty()) {
      return NONE;
    }
    if (p[0].isAll() && p[1].isAll() && p[2].isAll()) {
      return ALL;
    }
    return new ConnectionSet(p);
  }

  /**
   * The list format of netpol-analyzer: {@code All Connections}, or items such as {@code SCTP
   * 7070,TCP 8080-8081,UDP 9090} sorted by protocol name, with no spaces after the commas; {@code
   * No Connections} when empty.
   */
  @Override
  public String toString() {
    if (isAll()) {
      return ALL_TEXT;
    }
    if (isEmpty()) {
      return NONE_TEXT;
    }
    List<String> items = new ArrayList<>(3);
    for (Protocol protocol : BY_NAME) {
      PortSet set = ports(protocol);
      if (!set.isEmpty()) {
        items.add(protocol.name() + " " + set);
      }
    }
    return String.join(",", items);
  }

  /** Protocols in declaration order (TCP, UDP, SCTP). */
  static Protocol[] protocols() {
    return PROTOCOLS;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionSet c && c.hash == hash && Arrays.equals(c.ports, ports);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
