package dev.bulwark.checks.testsupport;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckParameter;
import dev.bulwark.api.Inventory;
import java.util.HashMap;
import java.util.Map;

/**
 * A check context with the check's declared parameter defaults and an inventory that is empty
 * unless {@link #withInventory(Inventory)} gives one.
 */
public final class TestContext implements CheckContext {
  private final Map<String, String> parameters;
  private final Inventory inventory;

  private TestContext(Map<String, String> parameters, Inventory inventory) {
    this.parameters = parameters;
    this.inventory = inventory;
  }

  /** The defaults a check declares in its metadata. */
  public static TestContext defaultsOf(Check check) {
    Map<String, String> parameters = new HashMap<>();
    for (CheckParameter p : check.metadata().parameters()) {
      parameters.put(p.name(), p.defaultValue());
    }
    return new TestContext(parameters, Inventory.empty());
  }

  /** This context with one parameter changed. */
  public TestContext with(String name, String value) {
    Map<String, String> changed = new HashMap<>(parameters);
    changed.put(name, value);
    return new TestContext(changed, inventory);
  }

  /** This context seeing the given objects around the scanned one. */
  public TestContext withInventory(Inventory objects) {
    return new TestContext(parameters, objects);
  }

  @Override
  public Inventory inventory() {
    return inventory;
  }

  @Override
  public boolean inventoryComplete() {
    return false;
  }

  @Override
  public String parameter(String name) {
    if (!parameters.containsKey(name)) {
      throw new IllegalArgumentException("check declares no parameter " + name);
    }
    return parameters.get(name);
  }
}
