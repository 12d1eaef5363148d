package dev.bulwark.checks.pss;

/**
 * One revision of an upstream Pod Security check: a pure function of the decoded pod. A check with
 * version-dependent behaviour has one instance per revision.
 */
interface PssCheck {

  /**
   * The failure, or {@code null} when the pod passes. Passing is the hot path: it must not
   * allocate.
   */
  PssViolation evaluate(PssPod pod);
}
