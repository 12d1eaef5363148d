package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulwark rbac}: questions about RBAC, answered offline from manifests. */
@Command(
    name = "rbac",
    mixinStandardHelpOptions = true,
    description = {
      "Answer RBAC questions offline, exactly as the API server's RBAC authorizer would: who can"
          + " do",
      "something, can a subject do it, what can a subject do, and who can escalate to"
          + " cluster-admin."
    },
    subcommands = {
      RbacWhoCanCommand.class,
      RbacCanCommand.class,
      RbacListCommand.class,
      RbacPathsCommand.class
    },
    footer = {
      "",
      "Subjects: user:NAME, group:NAME, sa:NAMESPACE:NAME. Built-in roles (cluster-admin, admin,"
          + " edit,",
      "view, system:*) always resolve; --with-defaults also adds the bindings every cluster"
          + " creates."
    })
final class RbacCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
