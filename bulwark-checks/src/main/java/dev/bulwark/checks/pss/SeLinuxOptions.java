package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Baseline {@code seLinuxOptions}: the SELinux type must be a container type, and user and role
 * must stay unset. {@code level} is free. v1.31 added {@code container_engine_t}.
 */
final class SeLinuxOptions implements PssCheck {
  private static final Set<String> TYPES_V1_0 =
      Set.of("", "container_t", "container_init_t", "container_kvm_t");
  private static final Set<String> TYPES_V1_31 =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  private final Set<String> allowedTypes;

  private SeLinuxOptions(Set<String> allowedTypes) {
    this.allowedTypes = allowedTypes;
  }

  static SeLinuxOptions v1_0() {
    return new SeLinuxOptions(TYPES_V1_0);
  }

  static SeLinuxOptions v1_31() {
    return new SeLinuxOptions(TYPES_V1_31);
  }

  @Override
  public PssViolation evaluate(PssPod pod) {
    boolean podBad = pod.security.seLinuxPresent && !valid(pod.security);
    boolean anyContainerBad = false;
    for (PssContainer c : pod.containers) {
      anyContainerBad |= c.security.seLinuxPresent && !valid(c.security);
    }
    return podBad || anyContainerBad ? describe(pod, podBad) : null;
  }

  private boolean valid(SecurityFacts s) {
    return allowedTypes.contains(s.seLinuxType)
        && s.seLinuxUser.isEmpty()
        && s.seLinuxRole.isEmpty();
  }

  private PssViolation describe(PssPod pod, boolean podBad) {
    Problems problems = new Problems();
    List<String> setters = new ArrayList<>(2);
    if (podBad) {
      setters.add("pod");
      problems.collect(pod, null, pod.security);
    }
    List<String> containers = new ArrayList<>();
    for (PssContainer c : pod.containers) {
      if (c.security.seLinuxPresent && !valid(c.security)) {
        containers.add(c.name);
        problems.collect(pod, c, c.security);
      }
    }
    if (!containers.isEmpty()) {
      setters.add(Phrases.containers(containers));
    }
    List<String> parts = new ArrayList<>(3);
    if (!problems.types.isEmpty()) {
      parts.add(
          Phrases.plural("type", "types", problems.types.size())
              + " "
              + Phrases.quoted(problems.types));
    }
    if (problems.user) {
      parts.add("user may not be set");
    }
    if (problems.role) {
      parts.add("role may not be set");
    }
    return new PssViolation(
        PssCheckId.SE_LINUX_OPTIONS,
        "seLinuxOptions",
        String.join(" and ", setters)
            + " set forbidden securityContext.seLinuxOptions: "
            + String.join("; ", parts),
        problems.pointers);
  }

  /** The bad types, whether any user or role is set, and the fields concerned. */
  private final class Problems {
    final TreeSet<String> types = Phrases.sortedSet();
    final List<JsonPointer> pointers = new ArrayList<>();
    boolean user;
    boolean role;

    /** Records what is wrong in one security context; {@code container} is null for the pod's. */
    void collect(PssPod pod, PssContainer container, SecurityFacts s) {
      if (!allowedTypes.contains(s.seLinuxType)) {
        types.add(s.seLinuxType);
        pointers.add(field(pod, container, "type"));
      }
      if (!s.seLinuxUser.isEmpty()) {
        user = true;
        pointers.add(field(pod, container, "user"));
      }
      if (!s.seLinuxRole.isEmpty()) {
        role = true;
        pointers.add(field(pod, container, "role"));
      }
    }

    private JsonPointer field(PssPod pod, PssContainer container, String name) {
      return container == null
          ? pod.specField("securityContext", "seLinuxOptions", name)
          : pod.containerField(container, "securityContext", "seLinuxOptions", name);
    }
  }
}
