package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The security settings one container runs with, resolved the way the kubelet resolves them
 * (DetermineEffectiveSecurityContext in {@code pkg/securitycontext}): a field the container's
 * {@code securityContext} sets wins, otherwise the pod's {@code securityContext} field applies.
 *
 * <p>Only the fields both levels share are inherited. {@code seLinuxOptions}, {@code
 * seccompProfile} and {@code appArmorProfile} are replaced as a whole, never merged key by key;
 * {@code windowsOptions} is the one exception, merged field by field, which {@link
 * #windowsOption(String)} models. Container-only fields ({@code privileged}, {@code capabilities},
 * …) have no pod-level fallback and are read from the container directly.
 *
 * <p>Every answer carries the pointer of the field that decided it, so a finding points at the line
 * a reader has to change, be it in the container or in the pod.
 */
public final class EffectiveSecurityContext {
  private static final String SECURITY_CONTEXT = "securityContext";
  private static final String WINDOWS_OPTIONS = "windowsOptions";
  private static final Set<String> INHERITED =
      Set.of(
          "runAsNonRoot",
          "runAsUser",
          "runAsGroup",
          "seLinuxOptions",
          "seccompProfile",
          "appArmorProfile");

  private final ContainerRef container;

  private EffectiveSecurityContext(ContainerRef container) {
    this.container = container;
  }

  /** The effective security context of a container. */
  public static EffectiveSecurityContext of(ContainerRef container) {
    return new EffectiveSecurityContext(container);
  }

  /** The container this context belongs to. */
  public ContainerRef container() {
    return container;
  }

  public Optional<Setting> runAsNonRoot() {
    return inherited("runAsNonRoot");
  }

  public Optional<Setting> runAsUser() {
    return inherited("runAsUser");
  }

  public Optional<Setting> runAsGroup() {
    return inherited("runAsGroup");
  }

  public Optional<Setting> seLinuxOptions() {
    return inherited("seLinuxOptions");
  }

  public Optional<Setting> seccompProfile() {
    return inherited("seccompProfile");
  }

  public Optional<Setting> appArmorProfile() {
    return inherited("appArmorProfile");
  }

  /**
   * One field of {@code windowsOptions} ({@code hostProcess}, {@code runAsUserName}, …): the
   * kubelet overrides these one by one, so a container that sets only {@code runAsUserName} still
   * inherits the pod's {@code hostProcess}. (It copies the two {@code gmsaCredentialSpec*} fields
   * as a pair; reading them one by one gives the same answer for any valid object.)
   */
  public Optional<Setting> windowsOption(String field) {
    return first(
        container.field(SECURITY_CONTEXT, WINDOWS_OPTIONS, field),
        container.pod().field(SECURITY_CONTEXT, WINDOWS_OPTIONS, field));
  }

  /**
   * Where a finding about a setting nobody made belongs: the container's {@code securityContext}
   * when the manifest has one, else the container itself.
   */
  public JsonPointer missingSettingPointer() {
    JsonPointer own = container.field(SECURITY_CONTEXT);
    return container.pod().owner().at(own).isMissingNode() ? container.pointer() : own;
  }

  private Optional<Setting> inherited(String field) {
    if (!INHERITED.contains(field)) {
      throw new IllegalArgumentException(field + " is not inherited from the pod");
    }
    return first(
        container.field(SECURITY_CONTEXT, field), container.pod().field(SECURITY_CONTEXT, field));
  }

  private Optional<Setting> first(JsonPointer containerField, JsonPointer podField) {
    JsonNode own = container.pod().owner().at(containerField);
    if (JsonValues.isSet(own)) {
      return Optional.of(new Setting(own, containerField, Level.CONTAINER));
    }
    JsonNode inherited = container.pod().owner().at(podField);
    if (JsonValues.isSet(inherited)) {
      return Optional.of(new Setting(inherited, podField, Level.POD));
    }
    return Optional.empty();
  }

  /** Which {@code securityContext} a setting came from. */
  public enum Level {
    POD,
    CONTAINER
  }

  /**
   * One effective setting.
   *
   * @param value the node as written (never missing or null)
   * @param pointer the field that set it
   * @param level whether the container set it or inherited it from the pod
   */
  public record Setting(JsonNode value, JsonPointer pointer, Level level) {

    /** True when the value is the boolean {@code true}. */
    public boolean isTrue() {
      return JsonValues.isTrue(value);
    }

    /** The value as a whole number, empty when it is anything else. */
    public OptionalLong integer() {
      return JsonValues.integer(value);
    }

    /** The value as text, empty when it is not a string. */
    public Optional<String> string() {
      return JsonValues.string(value);
    }
  }
}
