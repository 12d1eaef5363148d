package dev.bulwark.api;

/**
 * A tunable input of a check, declared in {@link CheckInfo#parameters()}.
 *
 * @param name parameter name as used in {@code .bulwark.yaml}
 * @param defaultValue the default, as text (lists are comma-separated)
 * @param description what it controls
 */
public record CheckParameter(String name, String defaultValue, String description) {

  /** Parses {@code name=default: description}. */
  public static CheckParameter parse(String text) {
    int eq = text.indexOf('=');
    int colon = text.indexOf(':', Math.max(eq, 0));
    if (eq <= 0 || colon < 0) {
      throw new IllegalArgumentException("parameter must be 'name=default: description': " + text);
    }
    return new CheckParameter(
        text.substring(0, eq).trim(),
        text.substring(eq + 1, colon).trim(),
        text.substring(colon + 1).trim());
  }
}
