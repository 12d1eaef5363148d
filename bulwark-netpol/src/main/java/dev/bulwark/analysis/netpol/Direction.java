package dev.bulwark.analysis.netpol;

/** Which side of a connection a policy rule governs. */
public enum Direction {
  INGRESS("Ingress"),
  EGRESS("Egress");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** {@code Ingress} or {@code Egress}, as policyTypes spell it. */
  public String label() {
    return label;
  }
}
