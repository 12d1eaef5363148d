package dev.bulwark.loader;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import java.util.List;

/**
 * What a load produced: the objects, in input order (file by file in the order given, files of a
 * folder sorted by path, then by document index and List item), and every problem met on the way.
 *
 * @param resources the objects read, List kinds expanded into their items
 * @param diagnostics problems with the input, grouped by file in the same order as {@code
 *     resources} and sorted by line within a file
 * @param filesRead inputs (files and stdin) that were opened, whatever came of them; paths that do
 *     not exist are not counted
 */
public record LoadResult(List<Resource> resources, List<Diagnostic> diagnostics, int filesRead) {

  public LoadResult {
    resources = List.copyOf(resources);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when some input could not be read (an ERROR diagnostic, exit code 2 in the CLI). */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Only the ERROR diagnostics. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
