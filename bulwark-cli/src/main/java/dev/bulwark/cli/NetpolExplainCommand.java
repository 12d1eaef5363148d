package dev.bulwark.cli;

import dev.bulwark.analysis.netpol.ExplanationWriter;
import dev.bulwark.analysis.netpol.Explainer;
import dev.bulwark.analysis.netpol.FocusConnection;
import dev.bulwark.analysis.netpol.NetpolAnalysis;
import dev.bulwark.analysis.netpol.NetpolInputException;
import dev.bulwark.analysis.netpol.PairExplanation;
import dev.bulwark.analysis.netpol.Peer;
import dev.bulwark.analysis.netpol.PeerLookup;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark netpol explain}: is a connection allowed, and which policies and rules say so. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain one connection: which ports are allowed or denied, and which policies and rules",
      "(file:line) allow them, or select the pod without allowing them."
    },
    footer = {
      "",
      "SRC and DST are namespace/name, namespace/name[Kind], a unique name, an IP address, or",
      "ingress-controller (as the source).",
      "Exit codes: 0 allowed (some of it, without --port), 1 denied, 2 bad input or usage."
    })
final class NetpolExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetpolInput input;

  @Mixin NetpolOutput output;

  @Option(names = "--src", required = true, paramLabel = "SRC", description = "Where the connection starts.")
  String src;

  @Option(names = "--dst", required = true, paramLabel = "DST", description = "Where it goes.")
  String dst;

  @Option(names = "--port", paramLabel = "PORT[/PROTO]", description = "Only this port, e.g. 8080/TCP or 53/UDP (TCP by default).")
  String port;

  @Override
  public Integer call() throws IOException {
    FocusConnection focus = port == null ? null : parsePort(port);
    NetpolAnalysis analysis = input.analyse(spec.commandLine().getErr());
    PeerLookup lookup = new PeerLookup(analysis.engine());
    Peer from = lookup.find(src, true);
    Peer to = lookup.find(dst, false);
    PairExplanation e = new Explainer(analysis.engine()).explain(from, to, focus);
    boolean allowed = !e.allowed().isEmpty();
    try (Writer out = output.open(spec)) {
      out.write(new ExplanationWriter(true).pair(e));
      out.write((allowed ? "Verdict: allowed: " + e.allowed() : "Verdict: denied") + "\n");
    }
    return input.exitCode(allowed ? ExitCodes.CLEAN : ExitCodes.FINDINGS);
  }

  private FocusConnection parsePort(String text) {
    String[] parts = text.split("/", -1);
    String protocol = parts.length > 1 ? parts[1] : "TCP";
    try {
      return FocusConnection.parse(protocol.toLowerCase(Locale.ROOT) + "-" + parts[0]);
    } catch (NetpolInputException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--port': '" + text + "' (expected PORT or PORT/PROTOCOL, e.g. 8080/TCP)");
    }
  }
}
