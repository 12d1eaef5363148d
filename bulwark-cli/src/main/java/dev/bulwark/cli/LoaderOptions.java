package dev.bulwark.cli;

import dev.bulwark.loader.LoaderLimits;
import picocli.CommandLine.Option;

/** Limits that protect the loader from hostile input; the defaults suit real manifests. */
final class LoaderOptions {
  private static final LoaderLimits DEFAULTS = LoaderLimits.defaults();

  @Option(names = "--max-file-size", paramLabel = "MIB", hidden = false,
      description = "Largest file read, in MiB (default: ${DEFAULT-VALUE}).", defaultValue = "64")
  long maxFileMib;

  @Option(names = "--max-document-size", paramLabel = "MIB",
      description = "Largest YAML document read, in MiB (default: ${DEFAULT-VALUE}).", defaultValue = "32")
  long maxDocumentMib;

  @Option(names = "--max-depth", paramLabel = "N",
      description = "Deepest nesting of mappings and lists (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
  int maxDepth;

  @Option(names = "--max-aliases", paramLabel = "N",
      description = "Most YAML aliases in one document (default: ${DEFAULT-VALUE}).", defaultValue = "50")
  int maxAliases;

  LoaderLimits limits() {
    return DEFAULTS
        .withMaxFileBytes(maxFileMib * 1024 * 1024)
        .withMaxDocumentBytes(maxDocumentMib * 1024 * 1024)
        .withMaxDepth(maxDepth)
        .withMaxAliases(maxAliases);
  }
}
