package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark cluster}: commands that work on a live cluster without scanning it. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = "Work with a live cluster (read-only).",
    subcommands = {ClusterDumpCommand.class})
final class ClusterCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
