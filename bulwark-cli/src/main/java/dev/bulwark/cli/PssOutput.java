package dev.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code -f table|json} and {@code -o FILE}, shared by the {@code pss} commands. */
final class PssOutput {
  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "Output format: table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  /** True for JSON; a usage error for anything but table and json. */
  boolean json(CommandSpec spec) {
    return switch (format) {
      case "json" -> true;
      case "table" -> false;
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option '--format': '" + format + "' (expected table or json)");
    };
  }

  void write(CommandSpec spec, String text) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(output, text, StandardCharsets.UTF_8);
  }
}
