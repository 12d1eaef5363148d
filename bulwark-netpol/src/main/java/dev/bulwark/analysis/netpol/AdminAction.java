package dev.bulwark.analysis.netpol;

/** What an admin policy rule does with the traffic it matches. */
public enum AdminAction {
  /** Allowed; lower layers are not consulted. */
  ALLOW("Allow", "allows"),
  /** Denied; lower layers are not consulted. */
  DENY("Deny", "denies"),
  /** Handed to the NetworkPolicies (then the baseline); only AdminNetworkPolicies may pass. */
  PASS("Pass", "passes");

  private final String spelling;
  private final String verb;

  AdminAction(String spelling, String verb) {
    this.spelling = spelling;
    this.verb = verb;
  }

  /** {@code allows}, {@code denies} or {@code passes}, for explanations. */
  public String verb() {
    return verb;
  }

  static AdminAction parse(String text) {
    for (AdminAction a : values()) {
      if (a.spelling.equals(text)) {
        return a;
      }
    }
    return null;
  }
}
