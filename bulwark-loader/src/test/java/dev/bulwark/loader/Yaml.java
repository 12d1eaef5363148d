package dev.bulwark.loader;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.util.List;

/** Small helpers for writing YAML inline in tests and looking at what the loader made of it. */
final class Yaml {
  private Yaml() {}

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static LoadResult load(String name, String... lines) {
    return new ManifestLoader().loadString(name, lines(lines));
  }

  static Location at(Resource resource, String pointer) {
    return resource.locate(JsonPointer.parse(pointer));
  }

  static List<String> errorTexts(LoadResult result) {
    return result.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.location() + " " + d.message())
        .toList();
  }

  /** A minimal valid object, handy for "the scan goes on" assertions. */
  static String[] configMap(String name) {
    return new String[] {
      "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: " + name, "data:", "  a: b"
    };
  }
}
