package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code bulwark} command; it only dispatches. */
@Command(
    name = "bulwark",
    mixinStandardHelpOptions = true,
    versionProvider = BulwarkVersion.class,
    description = "Kubernetes security toolkit: finds risky settings in manifests and explains them.",
    subcommands = {
      ScanCommand.class,
      ClusterCommand.class,
      AdmissionCommand.class,
      CisCommand.class,
      PssCommand.class,
      InventoryCommand.class,
      RbacCommand.class,
      NetpolCommand.class,
      ChecksCommand.class,
      VersionCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input or usage."
    })
final class BulwarkCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
