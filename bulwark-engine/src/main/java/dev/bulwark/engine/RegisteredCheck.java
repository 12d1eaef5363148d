package dev.bulwark.engine;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckMetadata;

/**
 * A check with its metadata read once, so the hot loop never touches reflection.
 *
 * @param check the check
 * @param metadata its validated metadata
 */
public record RegisteredCheck(Check check, CheckMetadata metadata) {

  public String id() {
    return metadata.id();
  }
}
