package dev.bulwark.cluster;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of every Namespace, kept current by a watch (a fabric8 informer: LIST, then WATCH,
 * relisting after disconnects).
 *
 * <p>Lookups read the informer's own store rather than a copy filled by event handlers: handlers
 * run on a separate thread after the store is updated, so a copy could still be missing a namespace
 * when {@link #synced()} already says the first listing is in, and a review in that gap would be
 * answered "namespace not found".
 */
public final class NamespaceWatch implements AutoCloseable {
  private final KubernetesClient client;
  private final boolean ownsClient;
  private final SharedIndexInformer<Namespace> informer;

  private NamespaceWatch(KubernetesClient client, boolean ownsClient) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.informer = client.namespaces().runnableInformer(0);
    // Keep retrying after a failed list or watch: readiness waits for the first full listing.
    informer.exceptionHandler((started, failure) -> true);
    informer.start();
  }

  /**
   * Connects with the kubeconfig rules of {@link ClusterOptions} and starts watching; returns at
   * once, {@link #synced()} turns true after the first full listing (retried until it succeeds).
   */
  public static NamespaceWatch start(ClusterOptions options) {
    KubernetesClient client = ClusterConnection.client(ClusterConnection.config(options));
    try {
      return new NamespaceWatch(client, true);
    } catch (RuntimeException e) {
      client.close();
      throw new ClusterException("cannot watch namespaces: " + e.getMessage(), e);
    }
  }

  /** Watches through a client the caller keeps (and closes). */
  static NamespaceWatch start(KubernetesClient client) {
    return new NamespaceWatch(client, false);
  }

  /** The namespace's labels (possibly empty), or empty when no such namespace is known. */
  public Optional<Map<String, String>> labels(String namespace) {
    Namespace known = informer.getStore().getByKey(Cache.namespaceKeyFunc(null, namespace));
    if (known == null) {
      return Optional.empty();
    }
    // The store replaces objects on change and never edits them, so a read-only view is enough.
    Map<String, String> current = known.getMetadata().getLabels();
    return Optional.of(current == null ? Map.of() : Collections.unmodifiableMap(current));
  }

  /** True once the first full listing has arrived. */
  public boolean synced() {
    return informer.hasSynced();
  }

  /** How many namespaces are known. */
  public int size() {
    return informer.getStore().listKeys().size();
  }

  @Override
  public void close() {
    informer.close();
    if (ownsClient) {
      client.close();
    }
  }
}
