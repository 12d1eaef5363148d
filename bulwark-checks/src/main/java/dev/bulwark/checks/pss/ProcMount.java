package dev.bulwark.checks.pss;

import java.util.TreeSet;

/**
 * {@code procMount} (baseline) and {@code procMount_restricted}: containers keep the default {@code
 * /proc} masks. From v1.35 the baseline check lets pods in a user namespace ({@code hostUsers:
 * false}) unmask {@code /proc}; the restricted check, which replaces it at restricted, never does.
 */
final class ProcMount implements PssCheck {
  private final PssCheckId id;
  private final boolean relaxedInUserNamespace;

  private ProcMount(PssCheckId id, boolean relaxedInUserNamespace) {
    this.id = id;
    this.relaxedInUserNamespace = relaxedInUserNamespace;
  }

  /** Baseline before v1.35, and restricted from v1.35: {@code Default} only. */
  static ProcMount unconditional(PssCheckId id) {
    return new ProcMount(id, false);
  }

  /** Baseline from v1.35: any value in a user namespace. */
  static ProcMount relaxedInUserNamespace() {
    return new ProcMount(PssCheckId.PROC_MOUNT, true);
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (relaxedInUserNamespace && pod.userNamespace) {
      return null;
    }
    Offenders bad = null;
    TreeSet<String> types = null;
    for (PssContainer c : pod.containers) {
      String procMount = c.security.procMount;
      if (procMount != null && !"Default".equals(procMount)) {
        types = types == null ? Phrases.sortedSet() : types;
        types.add(procMount);
        bad = Offenders.add(bad, c.name, pod.containerField(c, "securityContext", "procMount"));
      }
    }
    if (bad == null) {
      return null;
    }
    return new PssViolation(
        id,
        "procMount",
        Phrases.containers(bad.names)
            + " must not set securityContext.procMount to "
            + Phrases.quoted(types),
        bad.pointers);
  }
}
