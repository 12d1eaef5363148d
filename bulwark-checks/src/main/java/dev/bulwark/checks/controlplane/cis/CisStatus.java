package dev.bulwark.checks.controlplane.cis;

/** The result states of kube-bench. */
public enum CisStatus {
  PASS,
  FAIL,
  /** A manual item, a failing manual item, or an item that could not be evaluated. */
  WARN
}
