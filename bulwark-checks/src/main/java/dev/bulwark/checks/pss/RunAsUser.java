package dev.bulwark.checks.pss;

/**
 * Restricted {@code runAsUser} (v1.23+): nothing may set {@code runAsUser: 0}; unset is fine (the
 * runAsNonRoot check covers images that default to root). From v1.35 pods in a user namespace are
 * exempt.
 */
final class RunAsUser implements PssCheck {
  private final boolean relaxedInUserNamespace;

  RunAsUser(boolean relaxedInUserNamespace) {
    this.relaxedInUserNamespace = relaxedInUserNamespace;
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (relaxedInUserNamespace && pod.userNamespace) {
      return null;
    }
    Offenders containers = null;
    for (PssContainer c : pod.containers) {
      if (c.security.runAsUserZero) {
        containers =
            Offenders.add(
                containers, c.name, pod.containerField(c, "securityContext", "runAsUser"));
      }
    }
    if (!pod.security.runAsUserZero && containers == null) {
      return null;
    }
    Setters setters = new Setters();
    if (pod.security.runAsUserZero) {
      setters.pod(pod.specField("securityContext", "runAsUser"));
    }
    setters.containers(containers);
    return new PssViolation(
        PssCheckId.RUN_AS_USER,
        "runAsUser=0",
        setters + " must not set runAsUser=0",
        setters.pointers());
  }
}
