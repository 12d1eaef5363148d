package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Location;
import dev.bulwark.api.Report;
import dev.bulwark.api.Severity;
import dev.bulwark.cluster.ClusterException;
import dev.bulwark.cluster.ClusterRead;
import dev.bulwark.cluster.ClusterReader;
import dev.bulwark.cluster.DumpRecord;
import dev.bulwark.cluster.OwnedCopies;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark scan}: load manifests, run the checks, write a report, exit 0/1/2. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description =
        "Scan Kubernetes manifests (files, folders, or - for stdin), or a live cluster with --cluster,"
            + " for security problems.",
    footer = {
      "",
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input (the",
      "report is still written, with the errors in it).",
      "",
      "Examples:",
      "  bulwark scan examples/",
      "  kubectl get deploy -A -o yaml | bulwark scan - -f json",
      "  bulwark scan k8s/ -f sarif -o bulwark.sarif --fail-on critical",
      "  bulwark scan --cluster --context prod --exclude-namespace kube-system",
      "",
      "With --cluster, objects a controller made from a template it owns (a Pod of a ReplicaSet, the",
      "ReplicaSet of a Deployment) are reported on the owner unless their security settings differ;",
      "the same applies to manifests that carry ownerReferences, such as kubectl get -A -o yaml output."
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Files or folders to scan (.yaml, .yml, .json; folders recursively); - reads stdin. Not with --cluster.")
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

  @Option(
      names = "--cluster",
      description = "Scan the live cluster of the kubeconfig context (read-only) instead of files.")
  boolean cluster;

  @Mixin ClusterSourceOptions clusterSource;

  @Option(
      names = "--whole-cluster",
      description =
          "The files hold a whole cluster (a cluster dump): references to objects missing from them"
              + " are reported, as with --cluster.")
  boolean wholeCluster;

  @Override
  public Integer call() throws IOException {
    Severity threshold = parseFailOn(failOn);
    Reporter reporter = reporter();
    // The files are read on the loader's threads while this thread finds the checks and reads
    // the configuration: neither needs the other.
    BackgroundLoad loading = cluster ? null : startLoading();
    CheckRegistry registry = CheckRegistry.discover();
    ConfigOption.Loaded config = configOption.load(registry, loaderOptions.limits());

    Report report = scan(registry, config, loading);
    write(reporter, report);
    return report.exitCode(threshold);
  }

  /** Reads and checks; the objects are garbage once this returns, before the report is written. */
  private Report scan(CheckRegistry registry, ConfigOption.Loaded config, BackgroundLoad loading) {
    List<Diagnostic> diagnostics = new ArrayList<>(config.diagnostics());
    ScanInput input = cluster ? readCluster(diagnostics) : loadFiles(loading.result(), diagnostics);
    Engine engine = new Engine(registry, config.config(), Clock.systemDefaultZone(), BulwarkVersion.get());
    return engine.scan(input);
  }

  private BackgroundLoad startLoading() {
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing PATH: give files, folders or -, or use --cluster");
    }
    return BackgroundLoad.start(new ManifestLoader(loaderOptions.limits()), paths);
  }

  private ScanInput loadFiles(LoadResult loaded, List<Diagnostic> diagnostics) {
    diagnostics.addAll(loaded.diagnostics());
    // A cluster dump says which kinds its read could not see; they are unreadable, not absent.
    DumpRecord.Split split = DumpRecord.split(loaded.resources());
    Inventory inventory = Inventory.of(OwnedCopies.without(split.objects()), split.unreadableKinds());
    return new ScanInput(inventory, diagnostics, loaded.filesRead(), true, wholeCluster);
  }

  /** A whole cluster: the inventory is complete, so missing references are real. */
  private ScanInput readCluster(List<Diagnostic> diagnostics) {
    if (!paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--cluster scans a cluster; give no PATH with it");
    }
    try {
      ClusterRead read =
          new ClusterReader(clusterSource.toOptions(), TerminalProgress.forTerminal(clusterSource.quiet))
              .read();
      diagnostics.addAll(read.diagnostics());
      Inventory inventory = Inventory.of(OwnedCopies.without(read.resources()), read.unreadableKinds());
      return new ScanInput(inventory, diagnostics, 0, true, true);
    } catch (ClusterException e) {
      // Said on stderr too: a JSON report written to a file would hide it from the terminal.
      spec.commandLine().getErr().println("bulwark: " + e.getMessage());
      diagnostics.add(Diagnostic.error(Location.ofFile("cluster"), e.getMessage()));
      return new ScanInput(Inventory.empty(), diagnostics, 0, true, true);
    }
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
