package dev.bulwark.analysis.rbac;

/**
 * One step an identity can take.
 *
 * @param from where it starts
 * @param to where it leads
 * @param how what the step is, e.g. "can create pods in namespace ci"
 * @param grant the permission that enables it, or {@code null} for steps that need none (group
 *     membership, "runs a pod as")
 * @param kind what sort of step it is
 */
public record EscalationEdge(
    EscalationNode from, EscalationNode to, String how, Grant grant, Kind kind) {

  /** Sorts of steps. */
  public enum Kind {
    /** The identity is a member of the group and so holds the group's permissions. */
    MEMBERSHIP,
    /** The identity already holds full control: no escalation, just power. */
    HOLDS,
    /** A permission that lets the identity become someone else or gain more. */
    ESCALATION,
    /** From a stepping stone to the identities it stands for. */
    EXPANSION
  }
}
