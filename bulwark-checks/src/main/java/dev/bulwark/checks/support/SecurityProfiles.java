package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seccomp and AppArmor profiles a container runs with, from the {@code securityContext} fields
 * and the deprecated annotations, resolved in the kubelet's order: the container's field, then the
 * container's annotation, then the pod's field, then (seccomp only) the pod's annotation.
 *
 * <p>The annotations still matter on current clusters: when a Pod is created with an annotation and
 * without the matching field, the API server copies the annotation into the field, and pods made
 * from a workload's template carry the template's annotations. An annotation naming a container the
 * pod does not have applies to nothing and is ignored here (Pod Security admission rejects AppArmor
 * ones anyway).
 */
public final class SecurityProfiles {
  private static final String SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  private static final String SECCOMP_CONTAINER_ANNOTATION =
      "container.seccomp.security.alpha.kubernetes.io/";
  private static final String APPARMOR_CONTAINER_ANNOTATION =
      "container.apparmor.security.beta.kubernetes.io/";

  private SecurityProfiles() {}

  /** The profile types of the {@code securityContext} fields; annotation values map onto them. */
  public enum Type {
    RUNTIME_DEFAULT,
    LOCALHOST,
    UNCONFINED,
    /** A value neither the API server nor the kubelet accepts. */
    INVALID
  }

  /**
   * The profile that applies to a container.
   *
   * @param type what it asks for
   * @param pointer the field or annotation that decided it
   * @param written the value as written, for messages
   */
  public record Profile(Type type, JsonPointer pointer, String written) {}

  /** The container's effective seccomp profile, empty when nothing sets one. */
  public static Optional<Profile> seccomp(ContainerRef container) {
    return first(
        field(container, container.field("securityContext", "seccompProfile")),
        annotation(container, SECCOMP_CONTAINER_ANNOTATION + container.name()),
        field(container, container.pod().field("securityContext", "seccompProfile")),
        annotation(container, SECCOMP_POD_ANNOTATION));
  }

  /** The container's effective AppArmor profile, empty when nothing sets one. */
  public static Optional<Profile> appArmor(ContainerRef container) {
    return first(
        field(container, container.field("securityContext", "appArmorProfile")),
        annotation(container, APPARMOR_CONTAINER_ANNOTATION + container.name()),
        field(container, container.pod().field("securityContext", "appArmorProfile")),
        Optional.empty());
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

  @SafeVarargs
  private static Optional<Profile> first(Optional<Profile>... candidates) {
    return Stream.of(candidates).flatMap(Optional::stream).findFirst();
  }

  private static Optional<Profile> field(ContainerRef container, JsonPointer profile) {
    Resource owner = container.pod().owner();
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

  private static Optional<Profile> annotation(ContainerRef container, String key) {
    JsonPointer pointer = container.pod().metadataPointer().append("annotations", key);
    return JsonValues.string(container.pod().owner().at(pointer))
        .filter(value -> !value.isEmpty())
        .map(value -> new Profile(annotationType(value), pointer, value));
  }
}
