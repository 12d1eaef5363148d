package dev.bulwark.admission.namespaces;

import dev.bulwark.admission.NamespaceLabels;
import dev.bulwark.cluster.NamespaceWatch;
import java.util.Map;
import java.util.Optional;

/** Namespace labels from the cluster's Namespace watch. */
public final class ClusterNamespaces implements NamespaceLabels, AutoCloseable {
  private final NamespaceWatch watch;

  public ClusterNamespaces(NamespaceWatch watch) {
    this.watch = watch;
  }

  @Override
  public Optional<Map<String, String>> labels(String namespace) {
    return watch.labels(namespace);
  }

  @Override
  public boolean synced() {
    return watch.synced();
  }

  @Override
  public void close() {
    watch.close();
  }
}
