package dev.bulwark.checks.pss;

/** The three ways a namespace applies a Pod Security level, each set by its own labels. */
public enum PssMode {
  /** Violating pods are rejected. */
  ENFORCE("enforce"),
  /** Violations are recorded as an audit annotation. */
  AUDIT("audit"),
  /** Violations are returned to the client as warnings. */
  WARN("warn");

  private static final String PREFIX = "pod-security.kubernetes.io/";

  private final String name;

  PssMode(String name) {
    this.name = name;
  }

  /** {@code enforce}, {@code audit} or {@code warn}. */
  public String label() {
    return name;
  }

  /**
   * The namespace label holding this mode's level, e.g. {@code pod-security.kubernetes.io/enforce}.
   */
  public String levelLabel() {
    return PREFIX + name;
  }

  /**
   * The label holding this mode's version, e.g. {@code pod-security.kubernetes.io/enforce-version}.
   */
  public String versionLabel() {
    return PREFIX + name + "-version";
  }

  @Override
  public String toString() {
    return name;
  }
}
