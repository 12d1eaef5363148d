package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerKind;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A container's {@code resources.requests} and {@code resources.limits}, read the way the API
 * server defaults them: a request that is not written takes the limit's value.
 *
 * <p>A quantity of zero counts as not set: a zero memory or CPU limit sets no limit, and a zero
 * request reserves nothing.
 */
public final class ComputeResources {
  /** CPU. */
  public static final String CPU = "cpu";

  /** Memory. */
  public static final String MEMORY = "memory";

  /** Local ephemeral storage: the writable layer, logs and disk-backed emptyDir volumes. */
  public static final String EPHEMERAL_STORAGE = "ephemeral-storage";

  private static final Pattern ZERO =
      Pattern.compile("[+-]?(0+(\\.0*)?|\\.0+)([eE][+-]?[0-9]+|[numkMGTPE]i?)?");

  private ComputeResources() {}

  /**
   * The containers that can have resources: ephemeral containers cannot (the API server rejects
   * {@code resources} on them), so a finding there could never be fixed.
   */
  public static List<ContainerRef> sizedContainers(List<ContainerRef> containers) {
    return containers.stream().filter(c -> c.kind() != ContainerKind.EPHEMERAL).toList();
  }

  /** True when the container sets a non-zero limit for the resource. */
  public static boolean hasLimit(ContainerRef container, String resource) {
    return nonZero(container.node().path("resources").path("limits").path(resource));
  }

  /** True when the container requests the resource, itself or through a limit it defaults to. */
  public static boolean hasRequest(ContainerRef container, String resource) {
    JsonNode requests = container.node().path("resources").path("requests");
    return JsonValues.isSet(requests.path(resource))
        ? nonZero(requests.path(resource))
        : hasLimit(container, resource);
  }

  /**
   * Where a missing {@code resources.<section>.<resource>} belongs, e.g. {@code limits}, {@code
   * memory}.
   */
  public static JsonPointer missingPointer(
      ContainerRef container, String section, String resource) {
    return Pointers.nearestPresent(
        container.pod().owner(),
        container.field("resources", section, resource),
        container.pointer());
  }

  private static boolean nonZero(JsonNode quantity) {
    if (quantity.isNumber()) {
      return quantity.asDouble() != 0;
    }
    return quantity.isString() && !ZERO.matcher(quantity.asString().trim()).matches();
  }
}
