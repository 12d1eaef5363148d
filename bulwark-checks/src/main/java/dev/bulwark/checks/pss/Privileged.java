package dev.bulwark.checks.pss;

/** Baseline {@code privileged}: no container may set {@code securityContext.privileged=true}. */
final class Privileged implements PssCheck {

  @Override
  public PssViolation evaluate(PssPod pod) {
    Offenders bad = null;
    for (PssContainer c : pod.containers) {
      if (Boolean.TRUE.equals(c.security.privileged)) {
        bad = Offenders.add(bad, c.name, pod.containerField(c, "securityContext", "privileged"));
      }
    }
    if (bad == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.PRIVILEGED,
        "privileged",
        Phrases.containers(bad.names) + " must not set securityContext.privileged=true",
        bad.pointers);
  }
}
