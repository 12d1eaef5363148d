package dev.bulwark.cli;

import dev.bulwark.analysis.netpol.ExplainOptions;
import dev.bulwark.analysis.netpol.Explainer;
import dev.bulwark.analysis.netpol.ExplanationWriter;
import dev.bulwark.analysis.netpol.FocusConnection;
import dev.bulwark.analysis.netpol.ListOptions;
import dev.bulwark.analysis.netpol.ListingFormat;
import dev.bulwark.analysis.netpol.NetpolAnalysis;
import dev.bulwark.analysis.netpol.NetpolInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark netpol list}: the allowed connections between every ordered pair of workloads
 * and external ranges, in the formats and with the options of {@code netpol-analyzer list}.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the connections the policies allow between every ordered pair of workloads and external",
      "address ranges (netpol-analyzer's formats, so the two tools can be diffed)."
    },
    footer = {
      "",
      "Lines read 'src => dst : connections'; pairs where nothing is allowed are left out.",
      "Exit codes: 0 listed, 2 bad input or usage."
    })
final class NetpolListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetpolInput input;

  @Mixin NetpolOutput output;

  @Option(names = {"-f", "--format"}, defaultValue = "txt", paramLabel = "FORMAT",
      description = "txt, json, csv, md or dot (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--focus-workload", split = ",", paramLabel = "NAME",
      description = "Only lines where one end is this workload (name or namespace/name); repeatable or comma-separated.")
  List<String> focusWorkloads = new ArrayList<>();

  @Option(names = "--focus-workload-peer", split = ",", paramLabel = "NAME",
      description = "With --focus-workload: the other end must be one of these.")
  List<String> focusWorkloadPeers = new ArrayList<>();

  @Option(names = "--focus-direction", paramLabel = "DIR",
      description = "With --focus-workload: ingress (it is the destination) or egress (the source).")
  String focusDirection;

  @Option(names = "--focus-conn", paramLabel = "PROTO-PORT",
      description = "Only pairs that allow this connection, e.g. tcp-8080; lines then name only the pair.")
  String focusConn;

  @Option(names = "--exposure", description = "Add the exposure analysis: what each workload is open to beyond the input.")
  boolean exposure;

  @Option(names = "--explain", description = "Explain every pair: allowed and denied ports and the rules behind them (txt only).")
  boolean explain;

  @Option(names = "--explain-only", paramLabel = "allow|deny", description = "With --explain: only the allowed or the denied part.")
  String explainOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ListingFormat listingFormat;
    ListOptions options;
    FocusConnection focus;
    try {
      listingFormat = ListingFormat.parse(format);
      focus = focusConn == null ? null : FocusConnection.parse(focusConn);
      options = new ListOptions(focusWorkloads, focusWorkloadPeers, focusDirection, focus, exposure);
    } catch (NetpolInputException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    NetpolAnalysis analysis = input.analyse(err);
    try (Writer out = output.open(spec)) {
      if (explain) {
        if (listingFormat != ListingFormat.TXT) {
          err.println("warning: --explain writes text; -f " + format + " is ignored");
        }
        ExplainOptions explainOptions = new ExplainOptions(explainOnly, focus);
        out.write(new ExplanationWriter(false).write(new Explainer(analysis.engine()).explainAll(explainOptions, options)));
      } else {
        analysis.list(options, listingFormat, out);
      }
    }
    NetpolInput.warnings(analysis.warnings().subList(analysis.model().warnings().size(), analysis.warnings().size()), err);
    return input.exitCode(ExitCodes.CLEAN);
  }
}
