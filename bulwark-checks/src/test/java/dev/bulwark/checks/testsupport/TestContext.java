package dev.bulwark.checks.testsupport;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckParameter;
import dev.bulwark.api.Inventory;
import java.util.HashMap;
import java.util.Map;

/** A check context with an empty inventory and the check's declared parameter defaults. */
public final class TestContext implements CheckContext {
  private final Map<String, String> parameters;

  private TestContext(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  /** The defaults a check declares in its metadata. */
  public static TestContext defaultsOf(Check check) {
    Map<String, String> parameters = new HashMap<>();
    for (CheckParameter p : check.metadata().parameters()) {
      parameters.put(p.name(), p.defaultValue());
    }
    return new TestContext(parameters);
  }

  /** This context with one parameter changed. */
  public TestContext with(String name, String value) {
    Map<String, String> changed = new HashMap<>(parameters);
    changed.put(name, value);
    return new TestContext(changed);
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
    if (!parameters.containsKey(name)) {
      throw new IllegalArgumentException("check declares no parameter " + name);
    }
    return parameters.get(name);
  }
}
