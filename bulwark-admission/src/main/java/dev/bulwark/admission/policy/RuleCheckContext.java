package dev.bulwark.admission.policy;

import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckParameter;
import dev.bulwark.api.Inventory;
import java.util.Map;

/**
 * What a single-object check sees at admission: no inventory (there is no scan around the object),
 * and parameters from its policy rule, else the check's declared defaults.
 */
final class RuleCheckContext implements CheckContext {
  private final CheckMetadata metadata;
  private final Map<String, String> parameters;

  RuleCheckContext(CheckMetadata metadata, Map<String, String> parameters) {
    this.metadata = metadata;
    this.parameters = Map.copyOf(parameters);
  }

  @Override
  public Inventory inventory() {
    return Inventory.empty();
  }

  @Override
  public boolean inventoryComplete() {
    return false;
  }

  @Override
  public String parameter(String name) {
    String configured = parameters.get(name);
    if (configured != null) {
      return configured;
    }
    for (CheckParameter p : metadata.parameters()) {
      if (p.name().equals(name)) {
        return p.defaultValue();
      }
    }
    throw new IllegalArgumentException(metadata.id() + " reads undeclared parameter " + name);
  }
}
