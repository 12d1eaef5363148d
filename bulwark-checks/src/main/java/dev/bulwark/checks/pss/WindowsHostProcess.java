package dev.bulwark.checks.pss;

/** Baseline {@code windowsHostProcess}: no pod or container may run as a Windows HostProcess. */
final class WindowsHostProcess implements PssCheck {

  @Override
  public PssViolation evaluate(PssPod pod) {
    boolean podBad = Boolean.TRUE.equals(pod.security.hostProcess);
    Offenders containers = null;
    for (PssContainer c : pod.containers) {
      if (Boolean.TRUE.equals(c.security.hostProcess)) {
        containers =
            Offenders.add(
                containers,
                c.name,
                pod.containerField(c, "securityContext", "windowsOptions", "hostProcess"));
      }
    }
    if (!podBad && containers == null) {
      return null;
    }
    Setters setters = new Setters();
    if (podBad) {
      setters.pod(pod.specField("securityContext", "windowsOptions", "hostProcess"));
    }
    setters.containers(containers);
    return new PssViolation(
        PssCheckId.WINDOWS_HOST_PROCESS,
        "hostProcess",
        setters + " must not set securityContext.windowsOptions.hostProcess=true",
        setters.pointers());
  }
}
