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

  private SecretValues() {}

  /**
   * True when the value is a literal that could be a real secret: not blank, not made only of
   * {@code $(VAR)} references, and not a placeholder.
   */
  public static boolean isLiteral(String value) {
    String literalPart = VARIABLE_REFERENCE.matcher(value).replaceAll("").strip();
    return !literalPart.isEmpty() && !PLACEHOLDER.matcher(value.strip()).matches();
  }
}
