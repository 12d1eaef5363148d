package dev.bulwark.cli;

import dev.bulwark.analysis.rbac.RbacIssue;
import dev.bulwark.analysis.rbac.RbacModel;
import dev.bulwark.analysis.rbac.RbacOptions;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Inventory;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every rbac subcommand shares: what to load and which defaults to add. */
final class RbacInput {
  @Option(
      names = "--with-defaults",
      description =
          "Also add the bindings a fresh cluster creates (cluster-admin to system:masters, "
              + "system:* controllers, discovery for system:authenticated, ...).")
  boolean withDefaults;

  @Option(
      names = "--manifests-only",
      description =
          "Do not resolve references to built-in roles (cluster-admin, admin, edit, view,"
              + " system:*): only roles in the manifests exist.")
  boolean manifestsOnly;

  @Option(
      names = "--default-namespace",
      defaultValue = "default",
      paramLabel = "NS",
      description =
          "Namespace for objects that name none, as kubectl apply -n would (default:"
              + " ${DEFAULT-VALUE}).")
  String defaultNamespace;

  @Mixin LoaderOptions loaderOptions;

  /**
   * The model of the manifests and the load problems.
   *
   * @param model the RBAC model
   * @param inventory every object loaded
   * @param diagnostics problems reading the input
   */
  record Loaded(RbacModel model, Inventory inventory, List<Diagnostic> diagnostics) {
    boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Writes load problems and model issues to stderr, one per line. */
    void report(PrintWriter err) {
      for (Diagnostic d : diagnostics) {
        err.printf(
            "%s: %s: %s%n", d.level().name().toLowerCase(Locale.ROOT), d.location(), d.message());
      }
      List<RbacIssue> duplicates =
          model.issues().stream().filter(i -> i.kind() == RbacIssue.Kind.DUPLICATE).toList();
      for (RbacIssue issue : model.issues()) {
        if (issue.kind() != RbacIssue.Kind.DUPLICATE || duplicates.size() <= 3) {
          err.println("note: " + issue.message());
        }
      }
      if (duplicates.size() > 3) {
        // The same manifests under several paths (install.yaml and ha/install.yaml, say) are
        // common.
        err.printf(
            "note: %d RBAC objects appear more than once; the first copy of each counts (e.g."
                + " %s)%n",
            duplicates.size(), duplicates.get(0).message().replace("; the first copy counts", ""));
      }
      err.flush();
    }
  }

  Loaded load(List<String> paths) {
    LoadResult loaded = new ManifestLoader(loaderOptions.limits()).load(paths);
    if (withDefaults && manifestsOnly) {
      throw new IllegalArgumentException("--with-defaults and --manifests-only exclude each other");
    }
    RbacOptions.Defaults defaults =
        withDefaults
            ? RbacOptions.Defaults.ROLES_AND_BINDINGS
            : manifestsOnly ? RbacOptions.Defaults.NONE : RbacOptions.Defaults.ROLES;
    RbacOptions options = new RbacOptions(defaultNamespace, defaults);
    AnalysisInput input = AnalysisInput.of(loaded, CheckMetadata.RBAC_KINDS, "the RBAC analysis");
    return new Loaded(
        RbacModel.build(input.objects(), options), input.inventory(), input.diagnostics());
  }
}
