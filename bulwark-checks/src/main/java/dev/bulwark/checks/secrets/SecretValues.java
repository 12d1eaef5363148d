package dev.bulwark.checks.secrets;

import java.util.regex.Pattern;

/** Decides whether a literal value in a manifest is a real value or stands in for one. */
public final class SecretValues {
  /** {@code $(VAR)}: the kubelet substitutes another variable of the same container. */
  private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\$\\([^()$]+\\)");

  /**
   * Whole values that only mark where a secret goes: {@code <password>}, {@code ${PASSWORD}},
   * unrendered templates, {@code xxx}, {@code ****}, {@code REPLACE_ME}, pipeline tokens such as
   * {@code __PASSWORD__} and {@code #{Password}#}. Weak real passwords ({@code changeme}, {@code
   * admin}, {@code password}) are deliberately absent: they are what attackers try first.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "<[^<>]*>"
              + "|\\$\\{[^{}]*}"
              + "|\\{\\{.*}}"
              + "|#\\{[^{}]*}#"
              + "|__\\w+__"
              + "|x{3,}"
              + "|\\*{3,}"
              + "|\\.{3,}|…"
              + "|replace[-_ ]?me|to[-_ ]?be[-_ ]?replaced|redacted|placeholder",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Whole values that say no secret is set: booleans, nulls and switch words as YAML, properties
   * and flags spell them ({@code --anonymous-auth=false}, {@code externalSecret: true}).
   */
  private static final Pattern NON_VALUE =
      Pattern.compile(
          "true|false|yes|no|on|off|null|nil|none|~|enabled|disabled", Pattern.CASE_INSENSITIVE);

  /**
   * Shell expressions a program expands at run time: {@code $DB_PASSWORD}, {@code $(cat file)} (a
   * command, unlike the kubelet's {@code $(VAR)}), {@code `…`}. Only upper-case variable names, so
   * that a password such as {@code $ecret9} still counts.
   */
  private static final Pattern SHELL_EXPRESSION =
      Pattern.compile("\\$[A-Z_][A-Z0-9_]*|\\$\\([^)\\s]*\\s.*|`.*", Pattern.DOTALL);

  private SecretValues() {}

  /**
   * True when the value is a literal that could be a real secret: not blank, not made only of
   * {@code $(VAR)} references, not a placeholder, not a boolean or null, and not a shell
   * expression.
   */
  public static boolean isLiteral(String value) {
    String literalPart = VARIABLE_REFERENCE.matcher(value).replaceAll("").strip();
    String whole = value.strip();
    return !literalPart.isEmpty()
        && !PLACEHOLDER.matcher(whole).matches()
        && !NON_VALUE.matcher(whole).matches()
        && !SHELL_EXPRESSION.matcher(whole).matches();
  }
}
