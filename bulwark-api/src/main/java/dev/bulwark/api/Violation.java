package dev.bulwark.api;

/**
 * What a check returns for one problem: where it is in the object and what is wrong. The engine
 * turns it into a {@link Finding} by adding the check's metadata and the source location.
 *
 * @param pointer the offending field (or where a missing field belongs)
 * @param message a sentence that names the container or field concerned
 * @param severity this problem's severity when it differs from the check's default (for example an
 *     RBAC grant that reaches the whole cluster rather than one namespace), or {@code null} for the
 *     default; a severity set in the config file still wins
 */
public record Violation(JsonPointer pointer, String message, Severity severity) {

  /** A violation at the check's default severity. */
  public Violation(JsonPointer pointer, String message) {
    this(pointer, message, null);
  }

  /** A violation with a formatted message. */
  public static Violation at(JsonPointer pointer, String format, Object... args) {
    return new Violation(pointer, args.length == 0 ? format : String.format(format, args));
  }

  /** This violation at another severity. */
  public Violation withSeverity(Severity newSeverity) {
    return new Violation(pointer, message, newSeverity);
  }
}
