package dev.bulwark.loader;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Reads Kubernetes manifests from files, folders and stdin into {@link Resource}s, each with its
 * file, document index and a position for every field.
 *
 * <ul>
 *   <li>YAML streams with several documents, and JSON; {@code List} kinds are expanded into their
 *       items.
 *   <li>Scalars resolve as Kubernetes resolves them ({@code privileged: yes} is {@code true},
 *       {@code 0755} is 493); aliases are expanded and {@code <<} merge keys applied.
 *   <li>Bad input is data: a syntax error, a document that is not an object, a duplicate key, a
 *       binary file, a missing path, each becomes a {@link Diagnostic} with file, line and column,
 *       and loading goes on with the next document and the next file. Helm templates and
 *       Kustomize/Helm configuration files are skipped with one warning each.
 *   <li>Hostile input is bounded by {@link LoaderLimits}.
 * </ul>
 *
 * <p>Files are parsed in parallel on the loader's own threads; the result is always in input order.
 * Instances are immutable and safe to share.
 */
public final class ManifestLoader {
  private final SourceLoader sources;

  public ManifestLoader(LoaderLimits limits) {
    this.sources = new SourceLoader(limits);
  }

  /** A loader with {@link LoaderLimits#defaults()}. */
  public ManifestLoader() {
    this(LoaderLimits.defaults());
  }

  /**
   * Loads files and folders, in the order given; folders recursively ({@code .yaml}, {@code .yml},
   * {@code .json}, hidden entries skipped, sorted by path). {@code -} reads stdin. Diagnostics
   * about the paths themselves (a path that does not exist) come first.
   */
  public LoadResult load(List<String> paths) {
    InputFinder.Found found = InputFinder.find(paths);
    List<Callable<SourceOutcome>> tasks = new ArrayList<>();
    for (InputFinder.Input input : found.inputs()) {
      tasks.add(
          input.isStdin()
              ? () -> sources.loadStream(input.name(), System.in, -1)
              : () -> sources.loadFile(input.path(), input.name()));
    }
    List<String> names = found.inputs().stream().map(InputFinder.Input::name).toList();
    return run(tasks, names, found.diagnostics());
  }

  /** Loads one stream (stdin, a request body); {@code name} stands for the file in locations. */
  public LoadResult loadStream(String name, InputStream in) {
    return run(List.of(() -> sources.loadStream(name, in, -1)), List.of(name), List.of());
  }

  /** Loads YAML or JSON text; {@code name} stands for the file in locations. */
  public LoadResult loadString(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return run(
        List.of(() -> sources.loadBytes(name, bytes, bytes.length)), List.of(name), List.of());
  }

  private static LoadResult run(
      List<Callable<SourceOutcome>> tasks, List<String> names, List<Diagnostic> before) {
    List<Resource> resources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(before);
    List<SourceOutcome> outcomes;
    try {
      outcomes = ParsingThreads.runAll(tasks, (index, t) -> failure(names.get(index), t));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      String name = names.isEmpty() ? InputFinder.STDIN : names.get(0);
      diagnostics.add(Diagnostic.error(Location.ofFile(name), "interrupted while loading"));
      return new LoadResult(resources, diagnostics, 0);
    }
    for (SourceOutcome outcome : outcomes) {
      resources.addAll(outcome.resources());
      diagnostics.addAll(outcome.diagnostics());
    }
    return new LoadResult(resources, diagnostics, outcomes.size());
  }

  /** A bug or resource exhaustion while loading one input costs that input, not the scan. */
  private static SourceOutcome failure(String name, Throwable t) {
    return SourceOutcome.of(
        Diagnostic.error(
            Location.ofFile(name),
            "internal error while loading ("
                + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + "); input skipped"));
  }
}
