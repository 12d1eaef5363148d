package dev.bulwark.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comment lines that set up how a fixture runs: {@code # parameter: name=value} sets a parameter
 * of the check under test, {@code # inventory: complete} makes the scan treat the fixture as a
 * whole cluster (so missing references are real).
 *
 * @param parameters check parameters, in file order
 * @param inventoryComplete whether the inventory counts as complete
 */
public record FixtureDirectives(Map<String, String> parameters, boolean inventoryComplete) {
  private static final Pattern PARAMETER =
      Pattern.compile("^\\s*#\\s*parameter:\\s*([A-Za-z0-9_.-]+)=(.*?)\\s*$");
  private static final Pattern COMPLETE = Pattern.compile("^\\s*#\\s*inventory:\\s*complete\\s*$");

  public FixtureDirectives {
    parameters = Map.copyOf(parameters);
  }

  /** Reads the directives of a fixture's text. */
  public static FixtureDirectives parse(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    boolean complete = false;
    for (String line : text.split("\r?\n")) {
      Matcher m = PARAMETER.matcher(line);
      if (m.matches()) {
        parameters.put(m.group(1), m.group(2));
      } else if (COMPLETE.matcher(line).matches()) {
        complete = true;
      }
    }
    return new FixtureDirectives(parameters, complete);
  }
}
