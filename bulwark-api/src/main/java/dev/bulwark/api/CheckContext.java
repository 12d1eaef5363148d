package dev.bulwark.api;

import java.util.List;

/** What a check may read besides the object itself. */
public interface CheckContext {

  /** The objects scanned alongside this one. Read-only. */
  Inventory inventory();

  /**
   * True when the inventory is believed to hold everything the object could refer to (for example
   * a whole cluster); reference checks use it to avoid false alarms on partial manifest sets.
   */
  boolean inventoryComplete();

  /** A parameter's value as text: from the config file, else the declared default. */
  String parameter(String name);

  /** A comma-separated parameter as a list of trimmed, non-empty entries. */
  default List<String> parameterList(String name) {
    String value = parameter(name);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
