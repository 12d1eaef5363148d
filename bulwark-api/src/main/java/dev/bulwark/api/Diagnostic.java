package dev.bulwark.api;

import java.util.Comparator;

/**
 * A problem with the input or configuration rather than with an object: unreadable YAML, a
 * missing {@code kind}, a skipped Helm template, an expired exemption.
 *
 * @param level {@link Level#ERROR} makes the scan exit with code 2
 * @param location file, line and column
 * @param message what is wrong, in one sentence
 */
public record Diagnostic(Level level, Location location, String message) {

  /** Report order: by location, then message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location).thenComparing(Diagnostic::message);

  /** How serious a diagnostic is. */
  public enum Level {
    /** The input was bad; some of it was not scanned. */
    ERROR,
    /** Worth knowing; nothing was lost. */
    WARNING
  }

  public static Diagnostic error(Location location, String message) {
    return new Diagnostic(Level.ERROR, location, message);
  }

  public static Diagnostic warning(Location location, String message) {
    return new Diagnostic(Level.WARNING, location, message);
  }

  public boolean isError() {
    return level == Level.ERROR;
  }
}
