package dev.bulwark.api;

/**
 * What a check returns for one problem: where it is in the object and what is wrong. The engine
 * turns it into a {@link Finding} by adding the check's metadata and the source location.
 *
 * @param pointer the offending field (or where a missing field belongs)
 * @param message a sentence that names the container or field concerned
 */
public record Violation(JsonPointer pointer, String message) {

  /** A violation with a formatted message. */
  public static Violation at(JsonPointer pointer, String format, Object... args) {
    return new Violation(pointer, args.length == 0 ? format : String.format(format, args));
  }
}
