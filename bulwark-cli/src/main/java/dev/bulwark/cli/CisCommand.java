package dev.bulwark.cli;

import dev.bulwark.checks.controlplane.cis.CisBenchmark;
import dev.bulwark.cis.CisAssessment;
import dev.bulwark.cis.CisReport;
import dev.bulwark.cis.CisReporter;
import dev.bulwark.cis.CisReporters;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark cis}: the CIS Kubernetes Benchmark, item by item, with evidence. */
@Command(
    name = "cis",
    mixinStandardHelpOptions = true,
    description = {
      "Assess control-plane and node configuration against the CIS Kubernetes Benchmark:"
          + " every item of sections 1-5 as PASS, FAIL or WARN, with the flag or key, the value"
          + " found and where (file:line).",
      "Manifests (static pods, kubeadm ClusterConfiguration, KubeletConfiguration,"
          + " EncryptionConfiguration, RBAC objects, workloads) are read from PATH; items about a"
          + " node's files and running processes need --node-root."
    },
    footer = {
      "",
      "Exit codes: 0 no item failed, 1 an item failed, 2 bad input or usage.",
      "",
      "Examples:",
      "  bulwark cis cluster-config/",
      "  bulwark cis --node-root / -f json          (on a node, as root)",
      "  bulwark cis --node-root /host -f junit -o cis.xml   (node-audit/cis-node-job.yaml)"
    })
final class CisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Manifests: files or folders (.yaml, .yml, .json); - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--node-root",
      paramLabel = "DIR",
      description =
          "A node's filesystem (/ on the node, /host in the DaemonSet): file modes and"
              + " owners, /proc/*/cmdline, the node's static pods and kubelet configuration.")
  Path nodeRoot;

  @Option(
      names = "--benchmark",
      defaultValue = "cis-1.12",
      paramLabel = "NAME",
      description = "Benchmark version (default: ${DEFAULT-VALUE}).")
  String benchmark;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "Output format: table, json, junit (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Mixin LoaderOptions loaderOptions;

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty() && nodeRoot == null) {
      throw new ParameterException(
          spec.commandLine(), "give manifests (PATH) or --node-root, or both");
    }
    if (nodeRoot != null && !Files.isDirectory(nodeRoot)) {
      throw new ParameterException(
          spec.commandLine(), "--node-root " + nodeRoot + " is not a directory");
    }
    CisBenchmark selected = parse(() -> CisBenchmark.named(benchmark));
    CisReporter reporter = parse(() -> CisReporters.forFormat(format));
    CisReport report =
        new CisAssessment(
                selected, new ManifestLoader(loaderOptions.limits()), BulwarkVersion.get())
            .run(paths, nodeRoot);
    write(reporter.render(report));
    return report.exitCode();
  }

  private <T> T parse(Supplier<T> choice) {
    try {
      return choice.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void write(String text) throws IOException {
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
