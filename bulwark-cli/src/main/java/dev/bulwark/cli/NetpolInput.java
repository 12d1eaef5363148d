package dev.bulwark.cli;

import dev.bulwark.analysis.netpol.NetpolAnalysis;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The manifests a {@code netpol} command analyses, loaded and modelled, with problems on stderr. */
final class NetpolInput {
  /** Policies, the namespaces their selectors read, and the workloads they select. */
  private static final Set<String> NETPOL_KINDS =
      AnalysisInput.workloadsAnd(
          "NetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy", "Namespace");

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (.yaml, .yml, .json); - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Mixin LoaderOptions loaderOptions;

  private boolean hadErrors;

  /** Loads and analyses; load problems and analysis warnings go to {@code err}. */
  NetpolAnalysis analyse(PrintWriter err) {
    LoadResult loaded = new ManifestLoader(loaderOptions.limits()).load(paths);
    AnalysisInput input = AnalysisInput.of(loaded, NETPOL_KINDS, "the connectivity analysis");
    for (Diagnostic d : input.diagnostics()) {
      err.printf("%s: %s: %s%n", d.level().name().toLowerCase(Locale.ROOT), d.location(), d.message());
    }
    hadErrors = loaded.hasErrors();
    NetpolAnalysis analysis = NetpolAnalysis.of(input.inventory());
    warnings(analysis.warnings(), err);
    return analysis;
  }

  static void warnings(List<String> warnings, PrintWriter err) {
    for (String w : new java.util.LinkedHashSet<>(warnings)) {
      err.println("warning: " + w);
    }
    err.flush();
  }

  /** 2 when some input could not be read (the output was still written), else {@code code}. */
  int exitCode(int code) {
    return hadErrors ? ExitCodes.BAD_INPUT : code;
  }
}
