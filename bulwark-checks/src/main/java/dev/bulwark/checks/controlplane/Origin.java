package dev.bulwark.checks.controlplane;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;

/**
 * Where a setting was read: a place in a file for reports, and the field inside the object for
 * findings. Settings read from a running process have no object; their pointer is the root.
 *
 * @param location file and line (line 0 when the source has no lines, such as a process)
 * @param pointer the field in the object the setting came from
 */
public record Origin(Location location, JsonPointer pointer) {

  /** The place of a field of a loaded object. */
  public static Origin of(Resource resource, JsonPointer pointer) {
    return new Origin(resource.locate(pointer), pointer);
  }

  /** A source outside any manifest, such as {@code /proc/42/cmdline}. */
  public static Origin ofFile(String file) {
    return new Origin(Location.ofFile(file), JsonPointer.ROOT);
  }

  @Override
  public String toString() {
    return location.line() > 0 ? location.file() + ":" + location.line() : location.file();
  }
}
