package dev.bulwark.checks.pss;

/**
 * Restricted {@code runAsNonRoot}: nothing may set it to {@code false}, and every container must
 * have it {@code true}, its own or the pod's. A non-zero {@code runAsUser} does not count. From
 * v1.35 pods in a user namespace ({@code hostUsers: false}) are exempt: root there is not root on
 * the node.
 */
final class RunAsNonRoot implements PssCheck {
  private final boolean relaxedInUserNamespace;

  RunAsNonRoot(boolean relaxedInUserNamespace) {
    this.relaxedInUserNamespace = relaxedInUserNamespace;
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (relaxedInUserNamespace && pod.userNamespace) {
      return null;
    }
    Boolean podValue = pod.security.runAsNonRoot;
    boolean podFalse = Boolean.FALSE.equals(podValue);
    boolean podTrue = Boolean.TRUE.equals(podValue);
    Offenders explicitlyFalse = null;
    Offenders unset = null;
    for (PssContainer c : pod.containers) {
      Boolean value = c.security.runAsNonRoot;
      if (Boolean.FALSE.equals(value)) {
        explicitlyFalse =
            Offenders.add(
                explicitlyFalse, c.name, pod.containerField(c, "securityContext", "runAsNonRoot"));
      } else if (value == null && !podTrue) {
        unset =
            Offenders.add(unset, c.name, pod.containerField(c, "securityContext", "runAsNonRoot"));
      }
    }
    if (podFalse || explicitlyFalse != null) {
      Setters setters = new Setters();
      if (podFalse) {
        setters.pod(pod.specField("securityContext", "runAsNonRoot"));
      }
      setters.containers(explicitlyFalse);
      return new PssViolation(
          PssCheckId.RUN_AS_NON_ROOT,
          "runAsNonRoot != true",
          setters + " must not set securityContext.runAsNonRoot=false",
          setters.pointers());
    }
    if (unset == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.RUN_AS_NON_ROOT,
        "runAsNonRoot != true",
        "pod or " + Phrases.containers(unset.names) + " must set securityContext.runAsNonRoot=true",
        unset.pointers);
  }
}
