package dev.bulwark.checks.pss;

/**
 * Baseline {@code seccompProfile_baseline} from v1.19: a {@code seccompProfile.type} that is set,
 * on the pod or a container, must be {@code RuntimeDefault} or {@code Localhost}. Unset is fine.
 */
final class SeccompBaselineFields implements PssCheck {

  @Override
  public PssViolation evaluate(PssPod pod) {
    boolean podBad = SeccompProfiles.forbidden(pod.security.seccompType);
    boolean anyContainerBad = false;
    for (PssContainer c : pod.containers) {
      anyContainerBad |= SeccompProfiles.forbidden(c.security.seccompType);
    }
    if (!podBad && !anyContainerBad) {
      return null;
    }
    return SeccompProfiles.forbiddenTypes(
        PssCheckId.SECCOMP_PROFILE_BASELINE,
        pod,
        podBad,
        SeccompProfiles.containersSettingForbiddenTypes(pod));
  }
}
