package dev.bulwark.checks.pss;

import java.util.TreeSet;

/** What the two seccomp field checks share: the allowed types and the message for a bad one. */
final class SeccompProfiles {
  private SeccompProfiles() {}

  /** True for a set type that is allowed; {@code null} (no profile) is not a type. */
  static boolean allowedType(String type) {
    return "RuntimeDefault".equals(type) || "Localhost".equals(type);
  }

  /** True when a profile is present with a forbidden type (including an empty one). */
  static boolean forbidden(String type) {
    return type != null && !allowedType(type);
  }

  /** Containers that set a forbidden type, with the fields, or {@code null} when none does. */
  static Offenders containersSettingForbiddenTypes(PssPod pod) {
    Offenders bad = null;
    for (PssContainer c : pod.containers) {
      if (forbidden(c.security.seccompType)) {
        bad =
            Offenders.add(
                bad, c.name, pod.containerField(c, "securityContext", "seccompProfile", "type"));
      }
    }
    return bad;
  }

  /** {@code pod and containers "a" must not set securityContext.seccompProfile.type to "X"}. */
  static PssViolation forbiddenTypes(
      PssCheckId id, PssPod pod, boolean podBad, Offenders containers) {
    Setters setters = new Setters();
    TreeSet<String> types = Phrases.sortedSet();
    if (podBad) {
      setters.pod(pod.specField("securityContext", "seccompProfile", "type"));
      types.add(pod.security.seccompType);
    }
    setters.containers(containers);
    for (PssContainer c : pod.containers) {
      if (forbidden(c.security.seccompType)) {
        types.add(c.security.seccompType);
      }
    }
    return new PssViolation(
        id,
        "seccompProfile",
        setters + " must not set securityContext.seccompProfile.type to " + Phrases.quoted(types),
        setters.pointers());
  }
}
