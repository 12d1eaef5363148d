package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;

/**
 * Who set a forbidden value, as upstream words it: {@code pod}, then {@code container(s) "…"},
 * joined by {@code " and "}; with the fields concerned.
 */
final class Setters {
  private final List<String> names = new ArrayList<>(2);
  private final List<JsonPointer> pointers = new ArrayList<>(2);

  /** The pod's own security context set it. */
  void pod(JsonPointer field) {
    names.add("pod");
    pointers.add(field);
  }

  /** These containers set it; nothing when {@code containers} is null. */
  void containers(Offenders containers) {
    if (containers != null) {
      names.add(Phrases.containers(containers.names));
      pointers.addAll(containers.pointers);
    }
  }

  /** Something else set it, e.g. {@code annotations}. */
  void other(String name, List<JsonPointer> fields) {
    names.add(name);
    pointers.addAll(fields);
  }

  List<JsonPointer> pointers() {
    return pointers;
  }

  @Override
  public String toString() {
    return String.join(" and ", names);
  }
}
