package dev.bulwark.engine;

import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckParameter;
import dev.bulwark.api.Inventory;

/** The {@link CheckContext} one check sees during one scan: shared inventory, its own parameters. */
final class RunContext implements CheckContext {
  private final Inventory inventory;
  private final boolean complete;
  private final CheckMetadata metadata;
  private final EngineConfig config;

  RunContext(Inventory inventory, boolean complete, CheckMetadata metadata, EngineConfig config) {
    this.inventory = inventory;
    this.complete = complete;
    this.metadata = metadata;
    this.config = config;
  }

  @Override
  public Inventory inventory() {
    return inventory;
  }

  @Override
  public boolean inventoryComplete() {
    return complete;
  }

  @Override
  public String parameter(String name) {
    String configured = config.parameter(metadata.id(), name);
    if (configured != null) {
      return configured;
    }
    return metadata.parameters().stream()
        .filter(p -> p.name().equals(name))
        .map(CheckParameter::defaultValue)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(metadata.id() + " reads undeclared parameter " + name));
  }
}
