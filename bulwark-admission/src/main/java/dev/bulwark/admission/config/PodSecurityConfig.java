package dev.bulwark.admission.config;

import dev.bulwark.checks.pss.PssNamespacePolicy;
import java.util.Objects;

/**
 * The Pod Security admission part of the configuration: upstream's {@code PodSecurityConfiguration}
 * (defaults and exemptions) plus a switch to turn it off where the API server's built-in plugin
 * already enforces it.
 *
 * @param enabled false to evaluate only Bulwark policies
 * @param defaults the policy of a namespace without {@code pod-security.kubernetes.io/*} labels
 * @param exemptions requests never evaluated
 */
public record PodSecurityConfig(
    boolean enabled, PssNamespacePolicy defaults, PodSecurityExemptions exemptions) {

  /** Upstream's defaults: privileged:latest for every mode, no exemptions. */
  public static final PodSecurityConfig DEFAULTS =
      new PodSecurityConfig(true, PssNamespacePolicy.DEFAULTS, PodSecurityExemptions.NONE);

  public PodSecurityConfig {
    Objects.requireNonNull(defaults);
    Objects.requireNonNull(exemptions);
  }
}
