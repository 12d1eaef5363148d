package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark netpol}: NetworkPolicy analysis from manifests alone; it only dispatches. */
@Command(
    name = "netpol",
    mixinStandardHelpOptions = true,
    description = "NetworkPolicy analysis: which connections the policies allow, why, and where to start.",
    subcommands = {NetpolListCommand.class, NetpolExplainCommand.class, NetpolMatrixCommand.class, NetpolSuggestCommand.class},
    footer = {
      "",
      "Examples:",
      "  bulwark netpol list k8s/",
      "  bulwark netpol list k8s/ -f json --focus-workload frontend",
      "  bulwark netpol explain --src shop/web --dst shop/api --port 8080/TCP k8s/",
      "  bulwark netpol matrix k8s/ -f html -o reach.html",
      "  bulwark netpol suggest k8s/ --namespace shop"
    })
final class NetpolCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
