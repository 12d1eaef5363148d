package dev.bulwark.checks.support;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;

/** Where a finding about a field belongs when the manifest may not have that field at all. */
public final class Pointers {
  private Pointers() {}

  /**
   * The field itself when the manifest has it (even as {@code null}), else its nearest ancestor
   * that the manifest has: where a reader would add the missing field. Never above {@code floor},
   * which callers pass as the container or pod spec they are looking at.
   */
  public static JsonPointer nearestPresent(
      Resource resource, JsonPointer field, JsonPointer floor) {
    if (!floor.contains(field)) {
      throw new IllegalArgumentException(field + " is not inside " + floor);
    }
    JsonPointer at = field;
    while (!at.equals(floor) && resource.at(at).isMissingNode()) {
      at = at.parent();
    }
    return at;
  }
}
