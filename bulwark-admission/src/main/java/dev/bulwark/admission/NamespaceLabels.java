package dev.bulwark.admission;

import java.util.Map;
import java.util.Optional;

/**
 * The labels of the cluster's Namespaces, kept in memory. Filled from a watch (in a cluster) or
 * from Namespace manifests (offline and tests).
 */
public interface NamespaceLabels {

  /** The namespace's labels, or empty when the namespace is not known. */
  Optional<Map<String, String>> labels(String namespace);

  /** True once the first full listing has arrived; the server is not ready before. */
  boolean synced();
}
