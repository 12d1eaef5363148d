package dev.bulwark.cli;

import dev.bulwark.cluster.ClusterOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach a cluster and what to read from it; shared by {@code scan --cluster} and {@code cluster dump}. */
final class ClusterSourceOptions {
  @Option(names = "--context", paramLabel = "NAME", description = "kubeconfig context (default: the current one).")
  String context;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "kubeconfig file (default: KUBECONFIG, ~/.kube/config, or the in-cluster service account).")
  Path kubeconfig;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "Read only this namespace (repeatable; cluster-scoped objects are always read).")
  List<String> namespaces = new ArrayList<>();

  @Option(names = "--exclude-namespace", paramLabel = "NS", description = "Leave this namespace out (repeatable).")
  List<String> excludedNamespaces = new ArrayList<>();

  @Option(
      names = "--read-secret-values",
      description = "Keep Secret data (default: Secrets are read for their metadata only).")
  boolean readSecretValues;

  @Option(names = {"-q", "--quiet"}, description = "No progress output while reading the cluster.")
  boolean quiet;

  ClusterOptions toOptions() {
    return new ClusterOptions(
        kubeconfig,
        context,
        new HashSet<>(namespaces),
        new HashSet<>(excludedNamespaces),
        readSecretValues,
        ClusterOptions.DEFAULT_PAGE_SIZE);
  }
}
