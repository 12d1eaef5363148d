package dev.bulwark.analysis.netpol;

import java.util.List;

/** The focus options of {@link ListOptions} as a test on pairs, with netpol-analyzer's rules. */
final class Focus {
  private final List<String> workloads;
  private final List<String> peers;
  private final String direction;

  Focus(ListOptions options) {
    this.workloads = options.focusWorkloads();
    this.peers = options.focusWorkloadPeers();
    this.direction = options.focusDirection();
  }

  /** True when the pair belongs in the output. */
  boolean includes(Peer src, Peer dst) {
    if ("ingress".equals(direction) && !isFocus(dst, workloads)) {
      return false;
    }
    if ("egress".equals(direction) && !isFocus(src, workloads)) {
      return false;
    }
    return (isFocus(src, workloads) && isFocusPeer(dst)) || (isFocus(dst, workloads) && isFocusPeer(src));
  }

  /** A peer is named by {@code name} or {@code namespace/name}; an empty list names everyone. */
  static boolean isFocus(Peer peer, List<String> names) {
    if (names.isEmpty()) {
      return true;
    }
    if (peer.isExternal()) {
      return false;
    }
    String qualified = peer.namespace() + "/" + peer.name();
    for (String n : names) {
      if (peer.name().equals(n) || qualified.equals(n)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFocusPeer(Peer peer) {
    return workloads.isEmpty() || isFocus(peer, peers);
  }

  boolean hasWorkloads() {
    return !workloads.isEmpty();
  }

  List<String> workloads() {
    return workloads;
  }
}
