package dev.bulwark.cli;

import dev.bulwark.analysis.netpol.MatrixWriter;
import dev.bulwark.analysis.netpol.NetpolAnalysis;
import dev.bulwark.analysis.netpol.ReachabilityMatrix;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark netpol matrix}: who can reach whom, namespace by namespace (or workload by workload). */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = "A reachability matrix: namespace x namespace, or workload x workload with --workloads.")
final class NetpolMatrixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetpolInput input;

  @Mixin NetpolOutput output;

  @Option(names = "--workloads", description = "Rows and columns are workloads instead of namespaces.")
  boolean workloads;

  @Option(names = {"-f", "--format"}, defaultValue = "txt", paramLabel = "FORMAT",
      description = "txt (a grid for terminals), html or dot (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("txt") && !format.equals("html") && !format.equals("dot")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--format': '" + format + "' (expected txt, html or dot)");
    }
    NetpolAnalysis analysis = input.analyse(spec.commandLine().getErr());
    ReachabilityMatrix matrix = ReachabilityMatrix.of(analysis.engine(), workloads);
    String title = workloads ? "Reachability between workloads" : "Reachability between namespaces";
    try (Writer out = output.open(spec)) {
      out.write(switch (format) {
        case "html" -> MatrixWriter.html(matrix, title);
        case "dot" -> MatrixWriter.dot(matrix);
        default -> MatrixWriter.text(matrix, title);
      });
    }
    return input.exitCode(ExitCodes.CLEAN);
  }
}
