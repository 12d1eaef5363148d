package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of connections: for each of TCP, UDP and SCTP, the ports allowed. "All
 * connections" means every port of every protocol.
 *
 * <p>Exposure analysis also needs ports it cannot resolve: a named port towards a pod that is not
 * in the input ({@code TCP http}). Those are kept by name, per protocol or, for admin policies
 * whose named ports carry no protocol, for any protocol. A protocol open on every port contains
 * every named port of it.
 */
public final class ConnectionSet {
  public static final String ALL_TEXT = "All Connections";
  public static final String NONE_TEXT = "No Connections";

  private static final Protocol[] PROTOCOLS = Protocol.values();
  /** Protocols in the order netpol-analyzer's list output sorts them: by name. */
  private static final Protocol[] BY_NAME = {Protocol.SCTP, Protocol.TCP, Protocol.UDP};

  public static final ConnectionSet NONE = new ConnectionSet(new PortSet[] {PortSet.NONE, PortSet.NONE, PortSet.NONE});
  public static final ConnectionSet ALL = new ConnectionSet(new PortSet[] {PortSet.ALL, PortSet.ALL, PortSet.ALL});

  /** Slot of {@link #names} for named ports whose protocol is unknown. */
  private static final int ANY_PROTOCOL = 3;

  private final PortSet[] ports;
  /** Unresolved named ports per protocol slot (TCP, UDP, SCTP, any), or null when there are none. */
  private final java.util.SortedSet<String>[] names;
  private final int hash;

  private ConnectionSet(PortSet[] ports) {
    this(ports, null);
  }

  private ConnectionSet(PortSet[] ports, java.util.SortedSet<String>[] names) {
    this.ports = ports;
    this.names = names;
    this.hash = Arrays.hashCode(ports) * 31 + (names == null ? 0 : Arrays.hashCode(names));
  }

  /**
   * A named port that cannot be resolved (the destination is not in the input); {@code
   * protocol == null} when the protocol is unknown too.
   */
  public static ConnectionSet named(Protocol protocol, String name) {
    @SuppressWarnings("unchecked")
    java.util.SortedSet<String>[] n = new java.util.SortedSet[4];
    for (int i = 0; i < 4; i++) {
      n[i] = java.util.Collections.emptySortedSet();
    }
    n[protocol == null ? ANY_PROTOCOL : protocol.ordinal()] = new java.util.TreeSet<>(List.of(name));
    return new ConnectionSet(new PortSet[] {PortSet.NONE, PortSet.NONE, PortSet.NONE}, n);
  }

  /** True when some named port is kept unresolved. */
  public boolean hasNamedPorts() {
    return names != null;
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
    return this == NONE || (names == null && ports[0].isEmpty() && ports[1].isEmpty() && ports[2].isEmpty());
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
    if (names == null && other.names == null) {
      return canonical(p);
    }
    java.util.SortedSet<String>[] n = emptyNames();
    for (int slot = 0; slot < 4; slot++) {
      n[slot].addAll(namesIn(slot));
      n[slot].addAll(other.namesIn(slot));
    }
    return canonical(p, n);
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
    if (names == null && other.names == null) {
      return canonical(p);
    }
    java.util.SortedSet<String>[] n = emptyNames();
    for (int slot = 0; slot < 4; slot++) {
      for (String name : namesIn(slot)) {
        if (other.containsName(slot, name)) {
          n[slot].add(name);
        }
      }
      for (String name : other.namesIn(slot)) {
        if (containsName(slot, name)) {
          n[slot].add(name);
        }
      }
    }
    return canonical(p, n);
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
    if (names == null) {
      return canonical(p);
    }
    java.util.SortedSet<String>[] n = emptyNames();
    for (int slot = 0; slot < 4; slot++) {
      for (String name : namesIn(slot)) {
        if (!other.containsName(slot, name)) {
          n[slot].add(name);
        }
      }
    }
    return canonical(p, n);
  }

  private java.util.SortedSet<String> namesIn(int slot) {
    return names == null ? java.util.Collections.emptySortedSet() : names[slot];
  }

  /** A named port is in the set when its protocol is open on every port, or by name. */
  private boolean containsName(int slot, String name) {
    if (slot == ANY_PROTOCOL ? isAll() : ports[slot].isAll()) {
      return true;
    }
    return namesIn(slot).contains(name);
  }

  @SuppressWarnings("unchecked")
  private static java.util.SortedSet<String>[] emptyNames() {
    java.util.SortedSet<String>[] n = new java.util.SortedSet[4];
    for (int i = 0; i < 4; i++) {
      n[i] = new java.util.TreeSet<>();
    }
    return n;
  }

  /** Drops named ports a fully open protocol already contains; none left means no names. */
  private static ConnectionSet canonical(PortSet[] p, java.util.SortedSet<String>[] n) {
    boolean any = false;
    for (int slot = 0; slot < 3; slot++) {
      if (p[slot].isAll()) {
        n[slot].clear();
      }
      any |= !n[slot].isEmpty();
    }
    any |= !n[ANY_PROTOCOL].isEmpty();
    if (!any || (p[0].isAll() && p[1].isAll() && p[2].isAll())) {
      return canonical(p);
    }
    return new ConnectionSet(p, n);
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
    List<String> items = new ArrayList<>(4);
    if (names != null && !names[ANY_PROTOCOL].isEmpty()) {
      // netpol-analyzer writes the missing protocol as an empty string, so the item starts with a space.
      items.add(" " + String.join(",", names[ANY_PROTOCOL]));
    }
    for (Protocol protocol : BY_NAME) {
      PortSet set = ports(protocol);
      java.util.SortedSet<String> named = namesIn(protocol.ordinal());
      if (!set.isEmpty() || !named.isEmpty()) {
        String text = set.isEmpty() ? "" : set.toString();
        if (!named.isEmpty()) {
          text = text.isEmpty() ? String.join(",", named) : text + "," + String.join(",", named);
        }
        items.add(protocol.name() + " " + text);
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
    return o instanceof ConnectionSet c
        && c.hash == hash
        && Arrays.equals(c.ports, ports)
        && (names == null ? c.names == null : c.names != null && Arrays.equals(c.names, names));
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
