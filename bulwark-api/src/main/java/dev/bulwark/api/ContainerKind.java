package dev.bulwark.api;

/** The three lists a pod spec keeps containers in. */
public enum ContainerKind {
  INIT("initContainers"),
  REGULAR("containers"),
  EPHEMERAL("ephemeralContainers");

  private final String field;

  ContainerKind(String field) {
    this.field = field;
  }

  /** The pod spec field holding this kind of container. */
  public String field() {
    return field;
  }
}
