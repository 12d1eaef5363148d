package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seccomp and AppArmor profiles of a pod and its containers, from the {@code securityContext}
 * fields and the deprecated annotations, resolved in the kubelet's order: the container's field,
 * then the container's annotation, then the pod's field, then (seccomp only) the pod's annotation.
 *
 * <p>The annotations still matter on current clusters: when a Pod is created with an annotation and
 * without the matching field, the API server copies the annotation into the field, and pods made
 * from a workload's template carry the template's annotations. An annotation naming a container the
 * pod does not have applies to nothing and is ignored here (Pod Security rejects AppArmor ones
 * anyway).
 *
 * <p>The pod-level profile is more than a default for containers: the kubelet also applies it to
 * the pod sandbox, so {@link #unconfined} reports it even when every container sets its own.
 */
public final class SecurityProfiles {
  private SecurityProfiles() {}

  /** The two profile mechanisms and where each keeps its settings. */
  public enum Mechanism {
    SECCOMP(
        "seccomp",
        "seccompProfile",
        "container.seccomp.security.alpha.kubernetes.io/",
        Optional.of("seccomp.security.alpha.kubernetes.io/pod")),
    APPARMOR(
        "AppArmor",
        "appArmorProfile",
        "container.apparmor.security.beta.kubernetes.io/",
        Optional.empty());

    private final String label;
    private final String field;
    private final String containerAnnotationPrefix;
    private final Optional<String> podAnnotation;

    Mechanism(
        String label,
        String field,
        String containerAnnotationPrefix,
        Optional<String> podAnnotation) {
      this.label = label;
      this.field = field;
      this.containerAnnotationPrefix = containerAnnotationPrefix;
      this.podAnnotation = podAnnotation;
    }

    /** The name for messages, e.g. {@code seccomp}. */
    public String label() {
      return label;
    }
  }

  /** The profile types of the {@code securityContext} fields; annotation values map onto them. */
  public enum Type {
    RUNTIME_DEFAULT,
    LOCALHOST,
    UNCONFINED,
    /** A value neither the API server nor the kubelet accepts. */
    INVALID
  }

  /**
   * A profile and where it was set.
   *
   * @param type what it asks for
   * @param pointer the field or annotation that set it
   * @param written the value as written, for messages
   */
  public record Profile(Type type, JsonPointer pointer, String written) {}

  /** The container's effective seccomp profile, empty when nothing sets one. */
  public static Optional<Profile> seccomp(ContainerRef container) {
    return effective(Mechanism.SECCOMP, container);
  }

  /** The container's effective AppArmor profile, empty when nothing sets one. */
  public static Optional<Profile> appArmor(ContainerRef container) {
    return effective(Mechanism.APPARMOR, container);
  }

  /** The profile that applies to the container: its own, else the pod's. */
  public static Optional<Profile> effective(Mechanism mechanism, ContainerRef container) {
    return own(mechanism, container).or(() -> podLevel(mechanism, container.pod()));
  }

  /** The profile the container sets for itself, by field or annotation. */
  public static Optional<Profile> own(Mechanism mechanism, ContainerRef container) {
    return first(
        field(container.pod(), container.field("securityContext", mechanism.field)),
        annotation(container.pod(), mechanism.containerAnnotationPrefix + container.name()));
  }

  /** The profile the pod sets, by field or (seccomp only) annotation. */
  public static Optional<Profile> podLevel(Mechanism mechanism, PodSpecRef pod) {
    return first(
        field(pod, pod.field("securityContext", mechanism.field)),
        mechanism.podAnnotation.flatMap(key -> annotation(pod, key)));
  }

  /**
   * One violation for an {@code Unconfined} pod-level profile, naming the containers that inherit
   * it, and one for each container that sets {@code Unconfined} itself.
   */
  public static List<Violation> unconfined(Mechanism mechanism, PodSpecRef pod) {
    List<Violation> violations = new ArrayList<>();
    Optional<Profile> podProfile = podLevel(mechanism, pod).filter(SecurityProfiles::isUnconfined);
    if (podProfile.isPresent()) {
      List<String> inheriting =
          pod.containers().stream()
              .filter(c -> own(mechanism, c).isEmpty())
              .map(ContainerRef::describe)
              .toList();
      violations.add(
          Violation.at(
              podProfile.get().pointer(),
              "pod runs without %s (%s) in its sandbox%s",
              mechanism.label,
              podProfile.get().written(),
              inheriting.isEmpty() ? "" : " and in " + String.join(", ", inheriting)));
    }
    for (ContainerRef container : pod.containers()) {
      own(mechanism, container)
          .filter(SecurityProfiles::isUnconfined)
          .ifPresent(
              p ->
                  violations.add(
                      Violation.at(
                          p.pointer(),
                          "%s runs without %s (%s)",
                          container.describe(),
                          mechanism.label,
                          p.written())));
    }
    return violations;
  }

  /**
   * Reads an annotation value: {@code runtime/default} or {@code docker/default}, {@code
   * localhost/<profile>}, {@code unconfined}.
   */
  static Type annotationType(String value) {
    if (value.equals("runtime/default") || value.equals("docker/default")) {
      return Type.RUNTIME_DEFAULT;
    }
    if (value.startsWith("localhost/")) {
      return Type.LOCALHOST;
    }
    return value.equals("unconfined") ? Type.UNCONFINED : Type.INVALID;
  }

  /**
   * Reads a field's {@code type}: {@code RuntimeDefault}, {@code Localhost}, {@code Unconfined}.
   */
  static Type fieldType(String value) {
    return switch (value) {
      case "RuntimeDefault" -> Type.RUNTIME_DEFAULT;
      case "Localhost" -> Type.LOCALHOST;
      case "Unconfined" -> Type.UNCONFINED;
      default -> Type.INVALID;
    };
  }

  private static boolean isUnconfined(Profile profile) {
    return profile.type() == Type.UNCONFINED;
  }

  @SafeVarargs
  private static Optional<Profile> first(Optional<Profile>... candidates) {
    return Stream.of(candidates).flatMap(Optional::stream).findFirst();
  }

  private static Optional<Profile> field(PodSpecRef pod, JsonPointer profile) {
    Resource owner = pod.owner();
    if (!JsonValues.isSet(owner.at(profile))) {
      return Optional.empty();
    }
    JsonPointer type = profile.append("type");
    Optional<String> written = JsonValues.string(owner.at(type));
    return Optional.of(
        written
            .map(w -> new Profile(fieldType(w), type, w))
            .orElse(new Profile(Type.INVALID, profile, owner.at(profile).toString())));
  }

  private static Optional<Profile> annotation(PodSpecRef pod, String key) {
    JsonPointer pointer = pod.metadataPointer().append("annotations", key);
    return JsonValues.string(pod.owner().at(pointer))
        .filter(value -> !value.isEmpty())
        .map(value -> new Profile(annotationType(value), pointer, value));
  }
}
