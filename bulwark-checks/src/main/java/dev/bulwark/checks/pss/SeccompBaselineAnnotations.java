package dev.bulwark.checks.pss;

import java.util.TreeSet;

/**
 * Baseline {@code seccompProfile_baseline} before v1.19, when seccomp was set by alpha annotations:
 * the pod annotation and each existing container's annotation, if present, must name the runtime
 * default or a localhost profile. Fields are not read at these versions.
 */
final class SeccompBaselineAnnotations implements PssCheck {
  private static final String POD_KEY = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String CONTAINER_KEY_PREFIX =
      "container.seccomp.security.alpha.kubernetes.io/";

  @Override
  public PssViolation evaluate(PssPod pod) {
    if (pod.annotations == null) {
      return null;
    }
    TreeSet<String> forbidden = null;
    Offenders bad = null;
    String podValue = value(pod, POD_KEY);
    if (podValue != null && !allowed(podValue)) {
      forbidden = Phrases.sortedSet();
      forbidden.add(Phrases.keyEqualsQuoted(POD_KEY, podValue));
      bad = Offenders.point(bad, pod.annotationField(POD_KEY));
    }
    for (PssContainer c : pod.containers) {
      String key = CONTAINER_KEY_PREFIX + c.name;
      String value = value(pod, key);
      if (value != null && !allowed(value)) {
        forbidden = forbidden == null ? Phrases.sortedSet() : forbidden;
        // Two containers with one name share an annotation; the set lists it once.
        if (forbidden.add(Phrases.keyEqualsQuoted(key, value))) {
          bad = Offenders.point(bad, pod.annotationField(key));
        }
      }
    }
    if (forbidden == null) {
      return null;
    }
    return new PssViolation(
        PssCheckId.SECCOMP_PROFILE_BASELINE,
        "seccompProfile",
        "forbidden "
            + Phrases.plural("annotation", "annotations", forbidden.size())
            + " "
            + String.join(", ", forbidden),
        bad.pointers);
  }

  /** The annotation's value as Go decodes it, or {@code null} when absent. */
  private static String value(PssPod pod, String key) {
    var node = pod.annotations.get(key);
    return node == null ? null : GoJson.mapValue(node);
  }

  private static boolean allowed(String value) {
    return "runtime/default".equals(value)
        || "docker/default".equals(value)
        || value.startsWith("localhost/");
  }
}
