package dev.bulwark.loader;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;

/** What one input (a file or stdin) yielded: its objects and its diagnostics, in order. */
final class SourceOutcome {
  private final String file;
  private final List<Resource> resources = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private FileRules.Role skippedAs;
  private int skippedLine;

  SourceOutcome(String file) {
    this.file = file;
  }

  /** An outcome holding a single diagnostic, for inputs rejected as a whole. */
  static SourceOutcome of(Diagnostic diagnostic) {
    SourceOutcome outcome = new SourceOutcome(diagnostic.location().file());
    outcome.diagnostics.add(diagnostic);
    return outcome;
  }

  String file() {
    return file;
  }

  void add(Resource resource) {
    resources.add(resource);
  }

  void error(int line, int column, String message) {
    diagnostics.add(Diagnostic.error(new Location(file, line, column), message));
  }

  void warning(int line, int column, String message) {
    diagnostics.add(Diagnostic.warning(new Location(file, line, column), message));
  }

  /** A document that is Kustomize or Helm configuration rather than an object: warned once. */
  void skipConfigDocument(FileRules.Role role, int line) {
    if (skippedAs == null) {
      skippedAs = role;
      skippedLine = line;
    }
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  List<Resource> resources() {
    return resources;
  }

  /** The diagnostics sorted by place, with the one warning for skipped configuration documents. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (skippedAs != null) {
      all.add(Diagnostic.warning(new Location(file, skippedLine, 1), skippedAs.skippedMessage()));
    }
    all.sort(Diagnostic.ORDER);
    return all;
  }
}
