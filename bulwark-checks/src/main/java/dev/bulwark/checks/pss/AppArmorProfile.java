package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Baseline {@code appArmorProfile}: no {@code Unconfined} profile, neither in the {@code
 * appArmorProfile} fields (pod and containers) nor in the deprecated per-container annotations. One
 * revision covers both at every version.
 */
final class AppArmorProfile implements PssCheck {
  private static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  @Override
  public PssViolation evaluate(PssPod pod) {
    boolean podBad = forbiddenType(pod.security.appArmorType);
    Offenders containers = null;
    for (PssContainer c : pod.containers) {
      if (forbiddenType(c.security.appArmorType)) {
        containers =
            Offenders.add(
                containers,
                c.name,
                pod.containerField(c, "securityContext", "appArmorProfile", "type"));
      }
    }
    boolean annotationsBad = hasForbiddenAnnotation(pod);
    if (!podBad && containers == null && !annotationsBad) {
      return null;
    }
    Setters setters = new Setters();
    TreeSet<String> types = Phrases.sortedSet();
    if (podBad) {
      setters.pod(pod.specField("securityContext", "appArmorProfile", "type"));
      types.add(pod.security.appArmorType);
    }
    setters.containers(containers);
    for (PssContainer c : pod.containers) {
      if (forbiddenType(c.security.appArmorType)) {
        types.add(c.security.appArmorType);
      }
    }
    List<String> badValues = new ArrayList<>(types);
    if (annotationsBad) {
      // Types first, then the annotations as key="value", each part sorted on its own.
      TreeSet<String> annotations = Phrases.sortedSet();
      List<JsonPointer> fields = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : pod.annotations.properties()) {
        if (forbiddenAnnotation(e.getKey(), e.getValue())) {
          annotations.add(Phrases.keyEqualsQuoted(e.getKey(), GoJson.mapValue(e.getValue())));
          fields.add(pod.annotationField(e.getKey()));
        }
      }
      badValues.addAll(annotations);
      setters.other(Phrases.plural("annotation", "annotations", annotations.size()), fields);
    }
    return new PssViolation(
        PssCheckId.APP_ARMOR_PROFILE,
        Phrases.plural(
            "forbidden AppArmor profile", "forbidden AppArmor profiles", badValues.size()),
        setters + " must not set AppArmor profile type to " + Phrases.quoted(badValues),
        setters.pointers());
  }

  private static boolean hasForbiddenAnnotation(PssPod pod) {
    if (pod.annotations == null) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : pod.annotations.properties()) {
      if (forbiddenAnnotation(e.getKey(), e.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean forbiddenAnnotation(String key, JsonNode value) {
    if (!key.startsWith(ANNOTATION_PREFIX)) {
      return false;
    }
    String profile = GoJson.mapValue(value);
    return profile != null
        && !profile.isEmpty()
        && !"runtime/default".equals(profile)
        && !profile.startsWith("localhost/");
  }

  /** True when a profile is present with a type other than RuntimeDefault or Localhost. */
  private static boolean forbiddenType(String type) {
    return type != null && !"RuntimeDefault".equals(type) && !"Localhost".equals(type);
  }
}
