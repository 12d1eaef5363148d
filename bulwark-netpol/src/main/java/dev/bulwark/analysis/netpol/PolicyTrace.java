package dev.bulwark.analysis.netpol;

/**
 * Receives what decided one side of a connection, step by step, while {@link PolicyEvaluator}
 * computes it; explanations are built from this, so they cannot disagree with the result.
 */
interface PolicyTrace {
  PolicyTrace NONE = new PolicyTrace() {};

  /** An admin rule matched the peer and decided {@code decided} (not decided by earlier rules). */
  default void adminRule(AdminPolicy policy, AdminRule rule, ConnectionSet decided) {}

  /** A NetworkPolicy selects the pod; what its matching rules allow follows. */
  default void policySelects(NetworkPolicy policy) {}

  /**
   * A rule of a selecting NetworkPolicy matched the peer; {@code allowed} may be empty when its
   * ports (or named ports) do not apply to the destination.
   */
  default void policyRule(NetworkPolicy policy, PolicyRule rule, ConnectionSet allowed) {}

  /** The result of the side and which layer ended it. */
  default void result(ConnectionSet allowed, Layer decidedBy) {}

  /** The layer that had the last word for ports no earlier layer decided. */
  enum Layer {
    /** Admin policies decided everything. */
    ADMIN,
    /** NetworkPolicies select the pod: what they do not allow is denied. */
    NETWORK_POLICY,
    /** No NetworkPolicy selects it: the baseline, then the default (allow). */
    BASELINE_OR_DEFAULT
  }
}
