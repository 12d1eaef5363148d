package dev.bulwark.checks.pss;

/**
 * Restricted {@code allowPrivilegeEscalation} (v1.8+): every container must set it to {@code false}
 * explicitly, since the runtime's default allows setuid binaries to gain privileges. From v1.25
 * Windows pods are exempt (the field does not exist there).
 */
final class AllowPrivilegeEscalation implements PssCheck {
  private final boolean windowsExempt;

  AllowPrivilegeEscalation(boolean windowsExempt) {
    this.windowsExempt = windowsExempt;
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (windowsExempt && pod.windows) {
      return null;
    }
    Offenders bad = null;
    for (PssContainer c : pod.containers) {
      if (!Boolean.FALSE.equals(c.security.allowPrivilegeEscalation)) {
        bad =
            Offenders.add(
                bad, c.name, pod.containerField(c, "securityContext", "allowPrivilegeEscalation"));
      }
    }
    if (bad == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.ALLOW_PRIVILEGE_ESCALATION,
        "allowPrivilegeEscalation != false",
        Phrases.containers(bad.names) + " must set securityContext.allowPrivilegeEscalation=false",
        bad.pointers);
  }
}
