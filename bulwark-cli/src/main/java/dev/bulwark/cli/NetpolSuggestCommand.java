package dev.bulwark.cli;

import dev.bulwark.analysis.netpol.NetpolAnalysis;
import dev.bulwark.analysis.netpol.PolicySuggester;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark netpol suggest}: default-deny plus what the Services imply, as YAML to start from. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest NetworkPolicies for a namespace: default deny, DNS, and the allow rules its Services",
      "imply (their pods accept their target ports from the namespace and the ingress controller)."
    })
final class NetpolSuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetpolInput input;

  @Mixin NetpolOutput output;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "The namespace (default: every namespace with workloads).")
  String namespace;

  @Option(names = "--ingress-namespace", defaultValue = "ingress-nginx", paramLabel = "NS",
      description = "Where the ingress controller runs, for Services behind an Ingress or Route (default: ${DEFAULT-VALUE}).")
  String ingressNamespace;

  @Override
  public Integer call() throws IOException {
    NetpolAnalysis analysis = input.analyse(spec.commandLine().getErr());
    PolicySuggester suggester = new PolicySuggester(analysis.model(), ingressNamespace);
    List<String> namespaces = namespace == null ? suggester.namespaces() : List.of(namespace);
    try (Writer out = output.open(spec)) {
      for (int i = 0; i < namespaces.size(); i++) {
        if (i > 0) {
          out.write("---\n");
        }
        out.write(suggester.suggest(namespaces.get(i)));
      }
    }
    return input.exitCode(ExitCodes.CLEAN);
  }
}
