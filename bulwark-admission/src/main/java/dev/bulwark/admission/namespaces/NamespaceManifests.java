package dev.bulwark.admission.namespaces;

import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Namespace labels read once from Namespace manifests ({@code --namespaces FILE}), for tests and
 * offline use. Always synced; other kinds in the files are ignored.
 */
public final class NamespaceManifests implements NamespaceLabels {
  private final Map<String, Map<String, String>> labels;

  private NamespaceManifests(Map<String, Map<String, String>> labels) {
    this.labels = Map.copyOf(labels);
  }

  /**
   * Reads files and folders of manifests.
   *
   * @throws IOException naming file:line of every load error, or a Namespace without a name
   */
  public static NamespaceManifests load(List<Path> paths) throws IOException {
    LoadResult result = new ManifestLoader().load(paths.stream().map(Path::toString).toList());
    if (result.hasErrors()) {
      StringBuilder message = new StringBuilder("cannot read the namespace manifests:");
      for (Diagnostic d : result.errors()) {
        message.append("\n  ").append(d.location()).append(": ").append(d.message());
      }
      throw new IOException(message.toString());
    }
    return of(result.resources());
  }

  /** The Namespaces among already loaded resources. */
  public static NamespaceManifests of(List<Resource> resources) throws IOException {
    Map<String, Map<String, String>> labels = new HashMap<>();
    for (Resource r : resources) {
      if (!"Namespace".equals(r.kind())) {
        continue;
      }
      if (r.name() == null || r.name().isEmpty()) {
        throw new IOException(r.locate(JsonPointer.ROOT) + ": a Namespace without a name");
      }
      labels.put(r.name(), Map.copyOf(r.labels()));
    }
    return new NamespaceManifests(labels);
  }

  /** Namespaces given directly, by name. */
  public static NamespaceManifests of(Map<String, Map<String, String>> labels) {
    return new NamespaceManifests(labels);
  }

  @Override
  public Optional<Map<String, String>> labels(String namespace) {
    return Optional.ofNullable(labels.get(namespace));
  }

  @Override
  public boolean synced() {
    return true;
  }

  /** How many namespaces were read. */
  public int size() {
    return labels.size();
  }
}
