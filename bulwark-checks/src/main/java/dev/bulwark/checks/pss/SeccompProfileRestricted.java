package dev.bulwark.checks.pss;

/**
 * Restricted {@code seccompProfile_restricted} (v1.19+): every container must run with {@code
 * RuntimeDefault} or {@code Localhost}, its own or inherited from a valid pod-level profile. From
 * v1.25 Windows pods are exempt, as they have no seccomp.
 */
final class SeccompProfileRestricted implements PssCheck {
  private final boolean windowsExempt;

  SeccompProfileRestricted(boolean windowsExempt) {
    this.windowsExempt = windowsExempt;
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (windowsExempt && pod.windows) {
      return null;
    }
    String podType = pod.security.seccompType;
    boolean podBad = SeccompProfiles.forbidden(podType);
    boolean podValid = podType != null && !podBad;
    boolean anyExplicitlyBad = false;
    boolean anyImplicitlyBad = false;
    for (PssContainer c : pod.containers) {
      String type = c.security.seccompType;
      anyExplicitlyBad |= SeccompProfiles.forbidden(type);
      anyImplicitlyBad |= type == null && !podValid;
    }
    if (podBad || anyExplicitlyBad) {
      return SeccompProfiles.forbiddenTypes(
          PssCheckId.SECCOMP_PROFILE_RESTRICTED,
          pod,
          podBad,
          SeccompProfiles.containersSettingForbiddenTypes(pod));
    }
    if (!anyImplicitlyBad) {
      return null;
    }
    Offenders unset = null;
    for (PssContainer c : pod.containers) {
      if (c.security.seccompType == null) {
        unset =
            Offenders.add(
                unset, c.name, pod.containerField(c, "securityContext", "seccompProfile", "type"));
      }
    }
    return new PssViolation(
        PssCheckId.SECCOMP_PROFILE_RESTRICTED,
        "seccompProfile",
        "pod or "
            + Phrases.containers(unset.names)
            + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or"
            + " \"Localhost\"",
        unset.pointers);
  }
}
