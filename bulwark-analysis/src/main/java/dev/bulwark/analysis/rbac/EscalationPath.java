package dev.bulwark.analysis.rbac;

import java.util.List;

/**
 * A shortest chain from an identity to full control of the cluster.
 *
 * @param start the identity that can escalate
 * @param hops the steps, identity to identity (stepping stones folded in)
 */
public record EscalationPath(EscalationNode start, List<Hop> hops) {

  /**
   * One step from an identity to the next identity (or to cluster-admin).
   *
   * @param from the identity taking the step
   * @param to the identity (or cluster-admin) reached
   * @param how what the step is
   * @param grant the permission that enables it, or {@code null}
   */
  public record Hop(EscalationNode from, EscalationNode to, String how, Grant grant) {}

  public EscalationPath {
    hops = List.copyOf(hops);
  }

  /** The last node reached: always cluster-admin for paths the graph reports. */
  public EscalationNode end() {
    return hops.get(hops.size() - 1).to();
  }
}
