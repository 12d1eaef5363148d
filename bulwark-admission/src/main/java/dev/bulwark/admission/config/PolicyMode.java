package dev.bulwark.admission.config;

/** How a Bulwark policy rule acts on the violations it finds. */
public enum PolicyMode {
  /** Violations deny the request. */
  ENFORCE,
  /** Violations come back to the client as warnings. */
  WARN,
  /** Violations are recorded in an audit annotation. */
  AUDIT;

  /** The name as the config file writes it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
