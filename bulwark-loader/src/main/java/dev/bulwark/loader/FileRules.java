package dev.bulwark.loader;

import java.util.Locale;
import java.util.Set;

/**
 * What a file is, judged from its name and a glance at its bytes: a Kubernetes manifest, a
 * Kustomize or Helm file that sits next to manifests but is not one, or a Helm/Go template.
 */
final class FileRules {
  /** How documents that are not Kubernetes objects are treated in a file. */
  enum Role {
    /** An ordinary manifest: a document that is not an object is an error. */
    MANIFEST("", ""),
    /** {@code kustomization.yaml}: not an object; one warning, not an error per document. */
    KUSTOMIZE("a Kustomize file", "kustomize build"),
    /** {@code Chart.yaml}, {@code values.yaml}, …: configuration of a chart, not objects. */
    HELM("a Helm chart file", "helm template");

    private final String description;
    private final String renderCommand;

    Role(String description, String renderCommand) {
      this.description = description;
      this.renderCommand = renderCommand;
    }

    /** The warning for a file of this role whose documents were skipped. */
    String skippedMessage() {
      return description
          + ", not a Kubernetes manifest; skipped (scan the output of `"
          + renderCommand
          + "` instead)";
    }
  }

  static final String TEMPLATE_MESSAGE =
      "looks like a Helm/Go template ({{ … }}); render it first (helm template) and scan the"
          + " output";

  private static final Set<String> KUSTOMIZE_FILES =
      Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  private static final Set<String> HELM_FILES =
      Set.of(
          "Chart.yaml",
          "Chart.yml",
          "values.yaml",
          "values.yml",
          "values.schema.json",
          "requirements.yaml",
          "Chart.lock");
  private static final Set<String> MANIFEST_EXTENSIONS = Set.of(".yaml", ".yml", ".json");

  private FileRules() {}

  static Role roleOf(String name) {
    String fileName = fileName(name);
    if (KUSTOMIZE_FILES.contains(fileName)) {
      return Role.KUSTOMIZE;
    }
    if (HELM_FILES.contains(fileName)) {
      return Role.HELM;
    }
    return Role.MANIFEST;
  }

  /**
   * True when a folder walk should pick this file up: {@code .yaml}, {@code .yml}, {@code .json}.
   */
  static boolean isManifestFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0
        && MANIFEST_EXTENSIONS.contains(fileName.substring(dot).toLowerCase(Locale.ROOT));
  }

  /** True when one of the folders above the file is called {@code templates}, as in a chart. */
  static boolean isUnderTemplatesFolder(String name) {
    String[] parts = name.replace('\\', '/').split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("templates")) {
        return true;
      }
    }
    return false;
  }

  /** 1-based line of the first {@code {{}, or 0 when there is none. */
  static int templateLine(byte[] bytes, int from, int to) {
    int line = 1;
    for (int i = from; i < to - 1; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        line++;
      } else if (b == '{' && bytes[i + 1] == '{') {
        return line;
      }
    }
    return 0;
  }

  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }
}
