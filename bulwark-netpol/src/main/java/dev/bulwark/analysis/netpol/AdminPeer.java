package dev.bulwark.analysis.netpol;

/** One entry of an admin policy rule's {@code from} or {@code to}. */
public sealed interface AdminPeer permits AdminPeer.Pods, AdminPeer.Networks, AdminPeer.Nodes {

  /**
   * {@code namespaces} (every pod of the matching namespaces) or {@code pods}.
   *
   * @param pods the pods matched
   */
  record Pods(PodMatcher pods) implements AdminPeer {}

  /**
   * {@code networks}: external addresses (egress only).
   *
   * @param addresses the CIDRs
   */
  record Networks(IpSet addresses) implements AdminPeer {}

  /** {@code nodes}: not modelled (nodes are not workloads); matches nothing, with a warning. */
  record Nodes() implements AdminPeer {}
}
