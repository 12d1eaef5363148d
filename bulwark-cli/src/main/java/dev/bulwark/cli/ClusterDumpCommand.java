package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.cluster.ClusterException;
import dev.bulwark.cluster.ClusterRead;
import dev.bulwark.cluster.ClusterReader;
import dev.bulwark.cluster.DumpWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark cluster dump}: what a scan would read, as YAML a later {@code bulwark scan} reads. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = "Write the cluster's objects as YAML, to repeat a scan offline or share it.",
    footer = {
      "",
      "-o FILE.yaml writes one multi-document file; any other -o writes a folder with one file per",
      "namespace and kind (_cluster/ holds cluster-scoped objects). Secrets keep only their metadata",
      "unless --read-secret-values is given. A ClusterDump object (bulwark.dev/v1alpha1) records the",
      "context and the kinds that could not be read; scans of the dump honour it.",
      "",
      "Examples:",
      "  bulwark cluster dump -o dump/ && bulwark scan dump/",
      "  bulwark cluster dump --context prod -o prod.yaml"
    })
final class ClusterDumpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR|FILE",
      description = "Folder, or .yaml file, to write.")
  Path output;

  @Mixin ClusterSourceOptions cluster;

  @Override
  public Integer call() throws IOException {
    ClusterRead read;
    try {
      read = new ClusterReader(cluster.toOptions(), TerminalProgress.forTerminal(cluster.quiet)).read();
    } catch (ClusterException e) {
      spec.commandLine().getErr().println("bulwark: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    for (Diagnostic d : read.diagnostics()) {
      spec.commandLine().getErr().println("bulwark: " + d.location() + ": " + d.message());
    }
    if (!read.unreadableKinds().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "bulwark: the dump has no "
                  + String.join(", ", read.unreadableKinds().keySet())
                  + " objects because they could not be read; it records that, so a scan of it"
                  + " reports the checks that need them as not evaluated");
    }
    int files = DumpWriter.write(read, output);
    if (!cluster.quiet) {
      spec.commandLine()
          .getErr()
          .println("wrote " + read.resources().size() + " objects to " + files + " file(s) under " + output);
    }
    return read.diagnostics().stream().anyMatch(Diagnostic::isError) ? ExitCodes.BAD_INPUT : ExitCodes.CLEAN;
  }
}
