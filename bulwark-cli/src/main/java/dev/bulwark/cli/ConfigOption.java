package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.ConfigParser;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.loader.LoadException;
import dev.bulwark.loader.LoaderLimits;
import dev.bulwark.loader.YamlTree;
import dev.bulwark.loader.YamlTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config FILE}; without it, {@code .bulwark.yaml} in the working directory if present. */
final class ConfigOption {
  static final String DEFAULT_FILE = ".bulwark.yaml";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: " + DEFAULT_FILE + " in the working directory, if any).")
  Path file;

  /** The configuration and the problems found in it. */
  record Loaded(EngineConfig config, List<Diagnostic> diagnostics) {}

  Loaded load(CheckRegistry registry, LoaderLimits limits) {
    Path path = file;
    if (path == null) {
      Path fallback = Path.of(DEFAULT_FILE);
      if (!Files.isRegularFile(fallback)) {
        return new Loaded(EngineConfig.DEFAULT, List.of());
      }
      path = fallback;
    }
    if (!Files.isRegularFile(path)) {
      return new Loaded(
          EngineConfig.DEFAULT,
          List.of(Diagnostic.error(dev.bulwark.api.Location.ofFile(path.toString()), "config file not found")));
    }
    try {
      YamlTree tree = YamlTrees.read(path, limits);
      ConfigParser.Result result = ConfigParser.parse(tree.root(), registry, tree.sourceMap()::locate);
      return new Loaded(result.config(), result.diagnostics());
    } catch (LoadException e) {
      return new Loaded(EngineConfig.DEFAULT, List.of(Diagnostic.error(e.location(), e.problem())));
    }
  }
}
