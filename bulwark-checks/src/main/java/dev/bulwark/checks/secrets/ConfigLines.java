package dev.bulwark.checks.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code name = value} settings out of configuration text, line by line: Java properties,
 * {@code .env} and shell exports, INI and TOML, simple YAML and JSON lines, and XML elements such
 * as {@code <password>…</password>}. Good enough to find a credential in a config file held in a
 * ConfigMap; not a parser for any of these formats.
 */
public final class ConfigLines {
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "\\s*(?:export\\s+|-\\s+)?[\"']?([A-Za-z_][A-Za-z0-9_.\\-\\[\\]]*)[\"']?\\s*[:=]\\s*(.*?)\\s*");
  private static final Pattern ELEMENT =
      Pattern.compile("\\s*<([A-Za-z_][A-Za-z0-9_.-]*)>([^<]*)</\\1>\\s*");
  private static final Pattern COMMENT = Pattern.compile("\\s*(?:#|;|//|!).*");

  private ConfigLines() {}

  /**
   * One setting.
   *
   * @param name the name as written, e.g. {@code spring.datasource.password}
   * @param value the value, quotes and a trailing comma or {@code #} comment removed
   * @param line 1-based line number within the text
   */
  public record Setting(String name, String value, int line) {}

  /** The settings in a text, in line order; lines that are not settings are skipped. */
  public static List<Setting> settings(String text) {
    List<Setting> out = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (COMMENT.matcher(line).matches()) {
        continue;
      }
      Matcher element = ELEMENT.matcher(line);
      Matcher assignment = ASSIGNMENT.matcher(line);
      if (element.matches()) {
        out.add(new Setting(element.group(1), element.group(2).strip(), i + 1));
      } else if (assignment.matches() && isScalar(assignment.group(2))) {
        out.add(new Setting(assignment.group(1), clean(assignment.group(2)), i + 1));
      }
    }
    return out;
  }

  /** False for the start of a nested structure ({@code key: {}, {@code key: [}) or an alias. */
  private static boolean isScalar(String value) {
    return !(value.startsWith("{")
        || value.startsWith("[")
        || value.startsWith("*")
        || value.startsWith("&"));
  }

  private static String clean(String raw) {
    String value = raw.endsWith(",") ? raw.substring(0, raw.length() - 1).strip() : raw;
    if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
      int close = value.indexOf(value.charAt(0), 1);
      return close > 0 ? value.substring(1, close) : value;
    }
    int comment = value.indexOf(" #");
    return comment >= 0 ? value.substring(0, comment).strip() : value;
  }
}
