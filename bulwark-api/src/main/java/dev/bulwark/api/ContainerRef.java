package dev.bulwark.api;

import tools.jackson.databind.JsonNode;

/**
 * One container of a pod spec.
 *
 * @param pod the pod spec holding the container
 * @param kind init, regular or ephemeral
 * @param index position in its list
 */
public record ContainerRef(PodSpecRef pod, ContainerKind kind, int index) {

  /** Where the container is, e.g. {@code /spec/template/spec/containers/0}. */
  public JsonPointer pointer() {
    return pod.pointer().append(kind.field()).append(index);
  }

  /** The container node. */
  public JsonNode node() {
    return pod.owner().at(pointer());
  }

  /** The pointer to a field of the container. */
  public JsonPointer field(String... path) {
    return pointer().append(path);
  }

  /** {@code name}, or the list position when the manifest has none. */
  public String name() {
    JsonNode name = node().path("name");
    return name.isString() ? name.asString() : kind.field() + "[" + index + "]";
  }

  /** How a message names this container, e.g. {@code container "app"} or {@code init container "setup"}. */
  public String describe() {
    return switch (kind) {
      case INIT -> "init container \"" + name() + "\"";
      case REGULAR -> "container \"" + name() + "\"";
      case EPHEMERAL -> "ephemeral container \"" + name() + "\"";
    };
  }
}
