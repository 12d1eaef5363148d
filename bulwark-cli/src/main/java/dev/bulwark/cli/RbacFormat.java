package dev.bulwark.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks an rbac command's {@code -f} value against the formats it supports. */
final class RbacFormat {
  private RbacFormat() {}

  static String check(CommandSpec spec, String format, List<String> allowed) {
    if (!allowed.contains(format)) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--format': '"
              + format
              + "' (expected "
              + String.join(" or ", allowed)
              + ")");
    }
    return format;
  }
}
