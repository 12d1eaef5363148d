package dev.bulwark.checks.testsupport;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads test YAML through the production loader, so tests see exactly what a scan sees. */
public final class FixtureYaml {
  private static final ManifestLoader LOADER = new ManifestLoader();

  private FixtureYaml() {}

  /** Every object in the file, List items expanded, in file order; any load error fails. */
  public static List<Resource> read(Path file) throws IOException {
    LoadResult result = LOADER.load(List.of(file.toString()));
    List<Diagnostic> errors = result.errors();
    if (!errors.isEmpty()) {
      throw new IOException(errors.get(0).location() + ": " + errors.get(0).message());
    }
    return result.resources();
  }

  /** The objects that load from a real-world file; files the loader rejects give none. */
  public static List<Resource> readLenient(Path file) {
    return LOADER.load(List.of(file.toString())).resources();
  }
}
