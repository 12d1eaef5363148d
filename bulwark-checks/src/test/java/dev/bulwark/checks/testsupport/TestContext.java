package dev.bulwark.checks.testsupport;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckParameter;
import dev.bulwark.api.Inventory;
import java.util.HashMap;
import java.util.Map;

/**
 * A check context with the check's declared parameter defaults and, unless given one, an empty
 * inventory that is not complete.
 */
public final class TestContext implements CheckContext {
  private final Map<String, String> parameters;
  private final Inventory inventory;
  private final boolean complete;

  private TestContext(Map<String, String> parameters, Inventory inventory, boolean complete) {
    this.parameters = parameters;
    this.inventory = inventory;
    this.complete = complete;
  }

  /** The defaults a check declares in its metadata. */
  public static TestContext defaultsOf(Check check) {
    Map<String, String> parameters = new HashMap<>();
    for (CheckParameter p : check.metadata().parameters()) {
      parameters.put(p.name(), p.defaultValue());
    }
    return new TestContext(parameters, Inventory.empty(), false);
  }

  /** This context with one parameter changed. */
  public TestContext with(String name, String value) {
    if (!parameters.containsKey(name)) {
      throw new IllegalArgumentException("check declares no parameter " + name);
    }
    Map<String, String> changed = new HashMap<>(parameters);
    changed.put(name, value);
    return new TestContext(changed, inventory, complete);
  }

  /** This context seeing the given objects around the scanned one (not a whole cluster). */
  public TestContext withInventory(Inventory objects) {
    return withInventory(objects, false);
  }

  /** This context with an inventory, complete (a whole cluster) or not (some manifests). */
  public TestContext withInventory(Inventory newInventory, boolean isComplete) {
    return new TestContext(parameters, newInventory, isComplete);
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
    if (!parameters.containsKey(name)) {
      throw new IllegalArgumentException("check declares no parameter " + name);
    }
    return parameters.get(name);
  }
}
