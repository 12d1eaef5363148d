package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark admission}: run Bulwark as a validating admission webhook. */
@Command(
    name = "admission",
    mixinStandardHelpOptions = true,
    description = "Run Bulwark as a validating admission webhook.",
    subcommands = {AdmissionServeCommand.class})
final class AdmissionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
