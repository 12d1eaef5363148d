package dev.bulwark.cli;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import dev.bulwark.report.ReportOptions;
import dev.bulwark.report.Reporter;
import dev.bulwark.report.Reporters;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark scan}: load manifests, run the checks, write a report, exit 0/1/2. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scan Kubernetes manifests (files, folders, or - for stdin) for security problems.",
    footer = {
      "",
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input (the",
      "report is still written, with the errors in it).",
      "",
      "Examples:",
      "  bulwark scan examples/",
      "  kubectl get deploy -A -o yaml | bulwark scan - -f json",
      "  bulwark scan k8s/ -f sarif -o bulwark.sarif --fail-on critical"
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files or folders to scan (.yaml, .yml, .json; folders recursively); - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      defaultValue = "high",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a finding is at or above SEVERITY: none, info, low, medium, high, critical"
              + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--show-suppressed",
      description = "List suppressed findings in the table too (JSON and SARIF always include them).")
  boolean showSuppressed;

  @Option(
      names = "--color",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description = "Colour the table: auto, always, never (default: ${DEFAULT-VALUE}; NO_COLOR is honoured).")
  String color;

  @Mixin ConfigOption configOption;

  @Mixin LoaderOptions loaderOptions;

  @Override
  public Integer call() throws IOException {
    Severity threshold = parseFailOn(failOn);
    Reporter reporter = reporter();
    CheckRegistry registry = CheckRegistry.discover();
    ConfigOption.Loaded config = configOption.load(registry, loaderOptions.limits());

    LoadResult loaded = new ManifestLoader(loaderOptions.limits()).load(paths);
    List<dev.bulwark.api.Diagnostic> diagnostics = new ArrayList<>(config.diagnostics());
    diagnostics.addAll(loaded.diagnostics());
    Engine engine = new Engine(registry, config.config(), Clock.systemDefaultZone(), BulwarkVersion.get());
    Report report =
        engine.scan(
            ScanInput.ofManifests(Inventory.of(loaded.resources()), diagnostics, loaded.filesRead()));

    write(reporter, report);
    return report.exitCode(threshold);
  }

  private Reporter reporter() {
    try {
      return Reporters.forFormat(format, new ReportOptions(useColor(), showSuppressed));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void write(Reporter reporter, Report report) throws IOException {
    if (output == null) {
      OutputStream out = new BufferedOutputStream(System.out);
      reporter.write(report, out);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
      reporter.write(report, out);
    }
  }

  private boolean useColor() {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> output == null && System.console() != null && System.getenv("NO_COLOR") == null;
      default -> throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Invalid value for option '--color': '" + color + "' (expected auto, always or never)");
    };
  }

  private Severity parseFailOn(String text) {
    if (text.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid value for option '--fail-on': '" + text + "' (expected none, info, low, medium, high or critical)");
    }
  }

  /** The formats picocli lists in help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Reporters.formats().iterator();
    }
  }
}
