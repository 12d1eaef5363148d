package dev.bulwark.checks.secrets;

import dev.bulwark.checks.secrets.ConfigLines.Setting;
import dev.bulwark.checks.secrets.CredentialDetector.Match;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds credentials in a named piece of configuration (a ConfigMap key and its value): known
 * formats anywhere in the value, the key itself as a setting, and every {@code name=value} line of
 * a multi-line value. Returns descriptions that name keys, settings and line numbers, never a
 * value.
 */
final class ConfigCredentials {
  private final CredentialDetector detector;

  ConfigCredentials(CredentialDetector detector) {
    this.detector = detector;
  }

  /** What looks like a credential in the value, e.g. {@code a GitHub token (line 3)}. */
  List<String> describe(String key, String value) {
    boolean multiLine = value.strip().contains("\n");
    Set<String> found = new LinkedHashSet<>();
    for (Match match : detector.findAll(value)) {
      found.add(
          "what looks like "
              + match.format().description()
              + (multiLine ? " (line " + lineOf(value, match.start()) + ")" : ""));
    }
    if (found.isEmpty() && !multiLine) {
      detector.assess(key, value).ifPresent(c -> found.add(c.describe()));
    }
    List<Setting> settings = multiLine ? ConfigLines.settings(value) : List.of();
    for (Setting setting : settings) {
      detector
          .assess(setting.name(), setting.value())
          // Known formats were found in the whole value already, with their line.
          .filter(c -> c.reason() != CredentialDetector.Reason.KNOWN_FORMAT)
          .ifPresent(
              c ->
                  found.add(
                      c.describe()
                          + " for \""
                          + setting.name()
                          + "\" (line "
                          + setting.line()
                          + ")"));
    }
    return new ArrayList<>(found);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
