package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark inventory}: load manifests without running checks and say what was found. Shows
 * what Bulwark will see, and is the parse-only floor in the benchmarks.
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = "Load manifests without checking them: objects per kind, and every input problem.")
final class InventoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders; - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Mixin LoaderOptions loaderOptions;

  @Override
  public Integer call() {
    LoadResult loaded = new ManifestLoader(loaderOptions.limits()).load(paths);
    Map<String, Integer> kinds = new TreeMap<>();
    for (Resource r : loaded.resources()) {
      kinds.merge(r.ref().apiVersion() + " " + r.kind(), 1, Integer::sum);
    }
    PrintWriter out = spec.commandLine().getOut();
    kinds.forEach((kind, count) -> out.printf("%6d  %s%n", count, kind));
    for (Diagnostic d : loaded.diagnostics()) {
      out.printf("%s: %s: %s%n", d.level().name().toLowerCase(java.util.Locale.ROOT), d.location(), d.message());
    }
    out.printf(
        "%d objects in %d files, %d errors%n",
        loaded.resources().size(), loaded.filesRead(), loaded.errors().size());
    out.flush();
    return loaded.hasErrors() ? ExitCodes.BAD_INPUT : ExitCodes.CLEAN;
  }
}
