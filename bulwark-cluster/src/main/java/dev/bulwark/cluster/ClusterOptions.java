package dev.bulwark.cluster;

import java.nio.file.Path;
import java.util.Set;

/**
 * How to reach a cluster and what to read from it.
 *
 * @param kubeconfig an explicit kubeconfig file, or {@code null} to use {@code KUBECONFIG}, {@code
 *     ~/.kube/config} or the in-cluster service account
 * @param context the kubeconfig context, or {@code null} for the current one
 * @param namespaces namespaces to read; empty reads all
 * @param excludedNamespaces namespaces to leave out
 * @param readSecretValues keep Secret {@code data}; off by default so that values never leave the
 *     cluster
 * @param pageSize objects per LIST page
 */
public record ClusterOptions(
    Path kubeconfig,
    String context,
    Set<String> namespaces,
    Set<String> excludedNamespaces,
    boolean readSecretValues,
    int pageSize) {

  /** The page size kubectl uses; big enough to keep round trips few, small enough to stream. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  public ClusterOptions {
    namespaces = Set.copyOf(namespaces);
    excludedNamespaces = Set.copyOf(excludedNamespaces);
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be positive");
    }
  }

  /** Whether objects in this namespace are read. */
  boolean includes(String namespace) {
    return (namespaces.isEmpty() || namespaces.contains(namespace))
        && !excludedNamespaces.contains(namespace);
  }
}
