package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print Bulwark's version.")
final class VersionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println("bulwark " + BulwarkVersion.get());
  }
}
