package dev.bulwark.checks.controlplane.cis;

/** What a test concluded before the item's scoring is applied. */
public enum Verdict {
  PASS,
  FAIL,
  /** An input the test needs is missing: the component, the node, the objects. */
  NOT_EVALUATED
}
