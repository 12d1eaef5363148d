package dev.bulwark.loader;

import dev.bulwark.api.Location;

/** A file that could not be read as YAML, with the place where reading failed. */
public final class LoadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Location location;

  public LoadException(Location location, String message) {
    super(message);
    this.location = location;
  }

  /** Where the problem is; line 0 when it concerns the file as a whole. */
  public Location location() {
    return location;
  }

  /** The problem without the location. */
  public String problem() {
    return super.getMessage();
  }

  /** {@code file:line:column: problem}, ready for a terminal. */
  @Override
  public String getMessage() {
    return location + ": " + super.getMessage();
  }
}
